package id.kinerja.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
import static org.springframework.http.HttpStatus.OK;

/** Bounded requests: a body past its limit is 413, a preview's employees are counted while read. */
@ApiTest
class RequestLimitsApiTests {

	@Autowired
	RestTestClient client;

	Http officer;

	@BeforeEach
	void signIn() {
		officer = new Http(client).as("medan.kebijakan");
	}

	@Test
	void aDraftLargerThanItsLimitIs413AndNothingIsValidated() {
		String large = "// " + "x".repeat(1_100_000) + "\n";

		JsonNode problem = officer.post("/api/v1/policies/medan/validate",
				Map.of("files", Map.of("policies/medan/besar.drl", large)), CONTENT_TOO_LARGE);

		assertThat(problem.path("limit").asLong()).isEqualTo(1024L * 1024);
		assertThat(problem.path("detail").asString()).contains("melebihi batas");
	}

	@Test
	void aPreviewOfMoreEmployeesThanAllowedIsRefusedWhileRead() {
		List<Map<String, Object>> employees = new ArrayList<>();
		for (int i = 0; i <= 5000; i++) {
			employees.add(Map.of("nip", "197303141997022002", "position", "PELAKSANA"));
		}

		JsonNode problem = new Http(client).as("medan.analis")
			.post("/api/v1/evaluations/preview", Map.of("employees", employees), BAD_REQUEST);

		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("employees");
		assertThat(problem.path("errors").get(0).path("reason").asString()).contains("5000");
	}

	@Test
	void aRefusedConstructIsNamedInTheLanguageAsked() {
		String unsafe = "rule \"a\"\nwhen\n    Employee( $nip : nip )\nthen\n    System.exit( 1 );\nend\n";
		Map<String, Object> draft = Map.of("files", Map.of("policies/medan/a.drl", unsafe));

		JsonNode english = officer.inLanguage("en").post("/api/v1/policies/medan/validate", draft, OK);
		JsonNode indonesian = officer.post("/api/v1/policies/medan/validate", draft, OK);

		assertThat(english.path("problems").get(0).path("message").asString())
			.startsWith("the then part only inserts conclusions");
		assertThat(indonesian.path("problems").get(0).path("message").asString())
			.startsWith("bagian then hanya menyisipkan kesimpulan");
		assertThat(english.path("problems").get(0).path("code").asString()).isEqualTo("guard.then");
	}

}
