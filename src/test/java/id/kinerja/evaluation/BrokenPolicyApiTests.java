package id.kinerja.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.FileSystemUtils;

import static id.kinerja.evaluation.Requests.evaluation;
import static id.kinerja.evaluation.Requests.preview;
import static id.kinerja.evaluation.Requests.siti;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;

/**
 * A region whose rules do not compile degrades the application without stopping the others. Its own
 * context: the policy root is a copy of the national rules, Makassar, and a broken region "rusak"; the
 * demo users without the demo data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:rusak;DB_CLOSE_DELAY=-1", "kinerja.demo.enabled=false",
				"kinerja.demo.users=true" })
@AutoConfigureRestTestClient
class BrokenPolicyApiTests {

	static final String BROKEN_FILE = "policies/rusak/rusak.drl";

	static final String BROKEN_RULE = """
			// Wilayah rusak: kurung pola tidak ditutup.
			rule "Rusak: kurung tidak ditutup"
			when
			    PredikatKinerja( predikat == Predikat.BAIK
			then
			end
			""";

	@TempDir
	static Path root;

	Http http;

	@DynamicPropertySource
	static void policyRoot(DynamicPropertyRegistry registry) throws IOException {
		FileSystemUtils.copyRecursively(Path.of("rules"), root.resolve("rules"));
		FileSystemUtils.copyRecursively(Path.of("policies/makassar"), root.resolve("policies/makassar"));
		Files.createDirectories(root.resolve("policies/rusak"));
		Files.writeString(root.resolve(BROKEN_FILE), BROKEN_RULE);
		registry.add("kinerja.policy.root", root::toString);
	}

	@BeforeEach
	void client(@Autowired RestTestClient client) {
		http = new Http(client);
	}

	@Test
	void healthShowsTheBrokenRegionWithFileLineAndMessage() {
		JsonNode health = http.get("/actuator/health", OK);

		assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
		JsonNode policy = health.at("/components/policy");
		assertThat(policy.get("status").asString()).isEqualTo("DEGRADED");
		assertThat(policy.at("/details/makassar/version").asString()).isNotBlank();
		assertProblemsOfRusak(policy.at("/details/rusak/problems"));
	}

	@Test
	void theOtherRegionsKeepWorking() {
		JsonNode preview = http.post("/api/v1/evaluations/preview", preview("makassar", null, siti()), OK);

		assertThat(preview.at("/results/0/predikat").asString()).isEqualTo("BAIK");
	}

	@Test
	void theBrokenRegionIsRefusedWith503AndItsProblems() {
		assertProblemsOfRusak(http.post("/api/v1/evaluations/preview", preview("rusak", null, siti()),
				SERVICE_UNAVAILABLE).get("problems"));
		assertProblemsOfRusak(http.post("/api/v1/evaluations", evaluation("rusak", null, "2025"),
				SERVICE_UNAVAILABLE).get("problems"));
	}

	private static void assertProblemsOfRusak(JsonNode problems) {
		assertThat(problems).as(problems.toString()).isNotEmpty().allSatisfy(problem -> {
			assertThat(problem.get("file").asString()).isEqualTo(BROKEN_FILE);
			// the parser notices the missing ")" where it meets "then"
			assertThat(problem.get("line").asInt()).isEqualTo(5);
			assertThat(problem.get("message").asString()).contains("then");
		});
	}

}
