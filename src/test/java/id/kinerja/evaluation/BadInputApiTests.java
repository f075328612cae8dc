package id.kinerja.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static id.kinerja.evaluation.Requests.evaluation;
import static id.kinerja.evaluation.Requests.preview;
import static id.kinerja.evaluation.Requests.siti;
import static id.kinerja.evaluation.Requests.sitiWithIndicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/** Every bad request is answered with a problem detail naming the field, and writes nothing. */
@ApiTest
class BadInputApiTests {

	static final String EVALUATIONS = "/api/v1/evaluations";

	static final String PREVIEW = "/api/v1/evaluations/preview";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppraisalFacts facts;

	Http http;

	@BeforeEach
	void client(@Autowired RestTestClient client) {
		http = new Http(client);
	}

	@Test
	void malformedJsonIs400() {
		JsonNode problem = rejected(() -> http.post(PREVIEW, "{\"region\": \"makassar\", \"employees\": [", BAD_REQUEST));

		assertThat(problem.get("title").asString()).isEqualTo("Malformed request");
	}

	@Test
	void unknownRegionIs404NamingTheRegion() {
		assertField(rejected(() -> http.post(PREVIEW, preview("atlantis", null, siti()), NOT_FOUND)), "region");
		assertField(rejected(() -> http.post(EVALUATIONS, evaluation("atlantis", null, "2025"), NOT_FOUND)),
				"region");
		assertField(http.get("/api/v1/regions/atlantis/agencies", NOT_FOUND), "region");
	}

	@Test
	void unknownAgencyIs404NamingTheAgency() {
		assertField(rejected(() -> http.post(PREVIEW, preview("makassar", "dinsos", siti()), NOT_FOUND)), "agency");
		assertField(rejected(() -> http.post(EVALUATIONS, evaluation("makassar", "dinsos", "2025"), NOT_FOUND)),
				"agency");
		assertField(http.get("/api/v1/regions/makassar/agencies/dinsos/employees", NOT_FOUND), "agency");
	}

	@Test
	void unknownPeriodIs404() {
		JsonNode problem = rejected(() -> http.post(EVALUATIONS, evaluation("makassar", "dinkes", "2019"), NOT_FOUND));

		assertThat(problem.get("detail").asString()).contains("2019");
	}

	@Test
	void badPeriodFormatIs422() {
		assertError(rejected(() -> http.post(EVALUATIONS, evaluation("makassar", "dinkes", "2025-13"),
				UNPROCESSABLE_CONTENT)), "period", "2025-Q1");
	}

	@Test
	void badPreviewPeriodIs422() {
		Map<String, Object> request = preview("makassar", "dinkes", siti());
		request.put("period", "2025-Q5");
		assertError(rejected(() -> http.post(PREVIEW, request, UNPROCESSABLE_CONTENT)), "period", "2025-Q1");
	}

	@Test
	void invalidNipIs422WithTheReason() {
		assertError(rejectedPreview(UNPROCESSABLE_CONTENT, siti("nip", "1973031419970220")), "employees[0].nip",
				"18 digits");
		assertError(rejectedPreview(UNPROCESSABLE_CONTENT, siti("nip", "197302301997022002")), "employees[0].nip",
				"birth date");
		assertError(rejectedPreview(UNPROCESSABLE_CONTENT, siti("nip", "197303141997023002")), "employees[0].nip",
				"gender digit");
	}

	@Test
	void invalidIndicatorIs422NamingTheField() {
		assertError(rejectedPreview(UNPROCESSABLE_CONTENT, sitiWithIndicator("target", -5)),
				"employees[0].indicators[0].target", "");
		assertError(rejectedPreview(UNPROCESSABLE_CONTENT, sitiWithIndicator("target", null)),
				"employees[0].indicators[0].target", "");
		assertError(rejectedPreview(UNPROCESSABLE_CONTENT, sitiWithIndicator("weight", 120)),
				"employees[0].indicators[0].weight", "100");
	}

	@Test
	void emptyEmployeesIs422() {
		assertError(rejected(() -> http.post(PREVIEW, preview("makassar", "dinkes"), UNPROCESSABLE_CONTENT)),
				"employees", "");
	}

	@Test
	void unknownEnumValueIs400ListingTheAllowedValues() {
		assertError(rejectedPreview(BAD_REQUEST, siti("position", "BOSS")), "employees[0].position",
				"FUNGSIONAL");
		// the value is converted before the run is looked up: any run id will do
		assertError(rejected(() -> http.get(EVALUATIONS + "/1/results?predikat=HEBAT", BAD_REQUEST)), "predikat",
				"BUTUH_PERBAIKAN");
	}

	@Test
	void refusalsSpeakTheLanguageTheClientAsksForIndonesianByDefault() {
		String region = "/api/v1/regions/atlantis/agencies";
		assertThat(detail(http.get(region, NOT_FOUND))).isEqualTo("Wilayah 'atlantis' tidak dikenal");
		assertThat(detail(http.inLanguage("en-US,en;q=0.9").get(region, NOT_FOUND)))
			.isEqualTo("Unknown region 'atlantis'");
		assertThat(detail(http.inLanguage("fr").get(region, NOT_FOUND))).isEqualTo("Wilayah 'atlantis' tidak dikenal");
		String results = EVALUATIONS + "/1/results?predikat=HEBAT";
		assertThat(detail(http.get(results, BAD_REQUEST))).contains("bukan nilai yang dikenal");
		assertThat(detail(http.inLanguage("en").get(results, BAD_REQUEST))).contains("is not a known value");
		assertThat(detail(http.inLanguage("en").post(EVALUATIONS, evaluation("makassar", "dinkes", "2019"), NOT_FOUND)))
			.isEqualTo("Unknown appraisal period '2019'");
	}

	@Test
	void failedRunLeavesNothingHalfWritten(@Autowired JdbcTemplate template) {
		AppraisalFacts real = new AppraisalFacts(template);
		doAnswer(call -> {
			real.load(call.getArgument(0), call.getArgument(1), call.getArgument(2), call.getArgument(3),
					call.getArgument(4), failingInDinkes(call.getArgument(5)));
			return null;
		}).when(facts).load(anyString(), any(), anyString(), anyLong(), anyLong(), any());
		long results = count("evaluation_result");
		long visible = jdbc.sql("select count(*) from evaluation_run where status = 'DONE'").query(Long.class).single();

		// a partition that fails on every try fails its run: the reason is answered, no result written
		JsonNode problem = http.post(EVALUATIONS, evaluation("makassar", null, "2025"), UNPROCESSABLE_CONTENT);
		assertThat(detail(problem)).contains("lost the database in dinkes");
		assertThat(count("evaluation_result")).isEqualTo(results);
		assertThat(jdbc.sql("select count(*) from evaluation_run where status = 'DONE'").query(Long.class).single())
			.isEqualTo(visible);

		// the audit log keeps the failed run: it is written in its own transaction
		assertThat(jdbc.sql("select outcome, detail from audit_event where action = 'EVALUATION_RUN' order by id desc")
			.query((row, n) -> row.getString(1) + ": " + row.getString(2))
			.list()).first().asString().startsWith("FAILED: run ").endsWith("lost the database in dinkes");
	}

	private static String detail(JsonNode problem) {
		return problem.get("detail").asString();
	}

	/** Dinkes's partition fails on every try, the others pass. */
	private static BatchSink failingInDinkes(BatchSink sink) {
		return new BatchSink() {
			@Override
			public void batch(AgencyBatch batch) {
				if (batch.agency().equals("dinkes")) {
					throw new IllegalStateException("lost the database in dinkes");
				}
				sink.batch(batch);
			}

			@Override
			public void agencyDone(String agency, OrganisationRating rating) {
				sink.agencyDone(agency, rating);
			}
		};
	}

	private JsonNode rejectedPreview(HttpStatus status, Map<String, Object> employee) {
		return rejected(() -> http.post(PREVIEW, preview("makassar", "dinkes", employee), status));
	}

	/** Makes the request and checks that no run and no result was written. */
	private JsonNode rejected(Supplier<JsonNode> request) {
		List<Long> before = rows();
		JsonNode problem = request.get();
		assertThat(rows()).as("evaluation_run, evaluation_result, curve_finding rows").isEqualTo(before);
		return problem;
	}

	private List<Long> rows() {
		return List.of(count("evaluation_run"), count("evaluation_result"), count("curve_finding"));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static void assertField(JsonNode problem, String field) {
		assertThat(problem.path("field").asString()).as(problem.toString()).isEqualTo(field);
	}

	private static void assertError(JsonNode problem, String field, String reason) {
		assertThat(problem.get("errors")).as(problem.toString())
			.anySatisfy(error -> {
				assertThat(error.get("field").asString()).isEqualTo(field);
				assertThat(error.get("reason").asString()).contains(reason);
			});
	}

}
