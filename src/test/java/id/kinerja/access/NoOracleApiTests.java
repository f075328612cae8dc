package id.kinerja.access;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;

/**
 * A Medan user learns nothing of Makassar's ids: its run, what-if, calibration, employee and file version
 * answer exactly as unknown ones (404, the same body but for the id asked), and each refusal is audited.
 */
@ApiTest
class NoOracleApiTests {

	static final long UNKNOWN = 987_654_321L;

	@Autowired
	RestTestClient client;

	Http http;

	Http medan;

	@BeforeEach
	void client() {
		http = new Http(client);
		medan = http.as("medan.analis");
	}

	@Test
	void anotherRegionsRunAndItsListsAnswerAsAnUnknownRun() {
		long run = http.post("/api/v1/evaluations", Map.of("region", "makassar", "period", "2025"), CREATED)
			.get("id").asLong();
		for (String path : List.of("", "/results", "/award-candidates", "/training-plan", "/trainings", "/calibrations")) {
			assertSameAsUnknown("/api/v1/evaluations/%d" + path, run);
		}
		String finding = http.get("/api/v1/evaluations/" + run, OK).at("/curveFindings/0/agency").asString();
		long proposal = http.post("/api/v1/evaluations/" + run + "/calibrations?agency=" + finding, "", CREATED)
			.get("id").asLong();
		assertSameAsUnknown("/api/v1/calibrations/%d", proposal);
		assertAudited("/api/v1/calibrations/" + proposal);
	}

	@Test
	void anotherRegionsWhatIfAnswersAsAnUnknownOne() {
		long whatIf = http.post("/api/v1/whatif?wait=30", Map.of("region", "makassar", "agencies", List.of("dpu"),
				"period", "2025"), CREATED).at("/id").asLong();

		assertSameAsUnknown("/api/v1/whatif/%d", whatIf);
		assertSameAsUnknown("/api/v1/whatif/%d/changes", whatIf);
		assertAudited("/api/v1/whatif/" + whatIf);
	}

	@Test
	void anotherRegionsEmployeeAnswersAsAnUnknownNip() {
		String nip = http.get("/api/v1/regions/makassar/agencies/dinkes/employees?size=1", OK)
			.at("/content/0/nip").asString();
		String unknown = "197303141997022999";
		JsonNode other = medan.get("/api/v1/employees/" + nip, NOT_FOUND);
		JsonNode none = medan.get("/api/v1/employees/" + unknown, NOT_FOUND);

		assertThat(withoutId(other, nip)).isEqualTo(withoutId(none, unknown));
		assertAudited("/api/v1/employees/" + nip);
	}

	@Test
	void anotherRegionsFileVersionAnswersAsAnUnknownOne() {
		long makassar = http.get("/api/v1/policies/makassar/history?path=policies/makassar/parameters.yml", OK)
			.at("/0/id").asLong();
		long medanVersion = http.get("/api/v1/policies/medan/history?path=policies/medan/parameters.yml", OK)
			.at("/0/id").asLong();
		Http officer = http.as("medan.kebijakan");

		JsonNode other = officer.get("/api/v1/policies/medan/diff?from=" + makassar + "&to=" + medanVersion, NOT_FOUND);
		JsonNode none = officer.get("/api/v1/policies/medan/diff?from=" + UNKNOWN + "&to=" + medanVersion, NOT_FOUND);

		assertThat(withoutId(other, String.valueOf(makassar))).isEqualTo(withoutId(none, String.valueOf(UNKNOWN)));
	}

	/** The answer for the other region's id is the unknown id's, with the ids swapped. */
	private void assertSameAsUnknown(String template, long id) {
		JsonNode other = medan.get(template.formatted(id), NOT_FOUND);
		JsonNode none = medan.get(template.formatted(UNKNOWN), NOT_FOUND);
		assertThat(withoutId(other, String.valueOf(id))).as(template).isEqualTo(withoutId(none, String.valueOf(UNKNOWN)));
	}

	/** The problem with the id asked (a whole word: not the 1 of /api/v1) written as ID. */
	private static String withoutId(JsonNode problem, String id) {
		return problem.toString().replaceAll("(?<!\\w)" + Pattern.quote(id) + "(?!\\w)", "ID");
	}

	private void assertAudited(String attempt) {
		JsonNode events = http.as("auditor")
			.get("/api/v1/audit?action=ACCESS_DENIED&actor=medan.analis&region=makassar&size=200", OK).get("content");
		assertThat(events.valueStream().map(e -> e.get("detail").asString())).anyMatch(d -> d.contains(attempt));
	}

}
