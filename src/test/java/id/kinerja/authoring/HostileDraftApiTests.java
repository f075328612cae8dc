package id.kinerja.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import id.kinerja.policy.HostileFiles;
import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/**
 * Every file of the hostile corpus sent over HTTP as a policy officer's validation and as an analyst's
 * what-if: refused with its line before anything runs, or stopped in the sandbox worker by the engine's
 * limits (each case of a validation says so; a what-if answers 422).
 * Official runs started meanwhile finish with the same results, and afterwards every user is answered.
 */
@ApiTest
class HostileDraftApiTests {

	private static final String FILE = "policies/medan/uji.drl";

	private static final List<String> USERS = List.of("admin", "auditor", "medan.kebijakan", "medan.analis",
			"makassar.kebijakan", "makassar.analis");

	@Autowired
	RestTestClient client;

	Http officer;

	Http analyst;

	@BeforeEach
	void signIn() {
		officer = new Http(client).as("medan.kebijakan");
		analyst = new Http(client).as("medan.analis");
	}

	static List<String> hostile() {
		return HostileFiles.names();
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void aHostileValidationIsRefusedAtItsLineOrStoppedWith422(String name) {
		String content = HostileFiles.read(name);
		Map<String, Object> draft = Map.of("files", Map.of(FILE, content));
		JsonNode validation = officer.post("/api/v1/policies/medan/validate", draft, OK);

		assertThat(validation.path("valid").asBoolean()).isFalse();
		if (HostileFiles.stoppedBy(name) != null) {
			// the engine's own limits stopped each case in the worker: every case says so
			assertThat(validation.path("failedCases")).isNotEmpty().allSatisfy(failure -> assertThat(
					failure.path("actual").asString()).containsAnyOf("berhenti dipaksa", "gagal saat dijalankan"));
			return;
		}
		assertThat(validation.path("problems")).anySatisfy(problem -> {
			assertThat(problem.path("file").asString()).isEqualTo(FILE);
			assertThat(problem.path("line").asInt()).isEqualTo(HostileFiles.refusedLine(content));
		});
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void aHostileWhatIfIsRefusedWith422BeforeAnythingIsStored(String name) {
		String content = HostileFiles.read(name);

		JsonNode refusal = analyst.post("/api/v1/whatif?wait=30",
				Map.of("region", "medan", "period", "2025", "files", Map.of(FILE, content)), UNPROCESSABLE_CONTENT);

		if (HostileFiles.stoppedBy(name) == null) {
			assertThat(refusal.path("problems")).anySatisfy(problem -> assertThat(problem.path("line").asInt())
				.isEqualTo(HostileFiles.refusedLine(content)));
		}
	}

	private JsonNode distribution(JsonNode run) {
		return analyst.get("/api/v1/evaluations/" + run.path("id").asLong(), OK).path("distribution");
	}

	@Test
	void officialRunsFinishWithTheSameResultsWhileHostileDraftsAreSentAndEveryUserIsAnsweredAfterwards()
			throws Exception {
		JsonNode alone = analyst.post("/api/v1/evaluations", Map.of("region", "medan", "period", "2025"), CREATED);
		ExecutorService attackers = Executors.newFixedThreadPool(4);
		List<Future<?>> attacks = new ArrayList<>();
		for (String name : HostileFiles.names()) {
			attacks.add(attackers.submit(() -> officer.status("/api/v1/policies/medan/validate",
					Map.of("files", Map.of(FILE, HostileFiles.read(name))))));
		}

		JsonNode meanwhile = analyst.post("/api/v1/evaluations", Map.of("region", "medan", "period", "2025"), CREATED);

		assertThat(meanwhile.path("employees").asInt()).isEqualTo(alone.path("employees").asInt());
		assertThat(distribution(meanwhile)).isEqualTo(distribution(alone));
		for (Future<?> attack : attacks) {
			assertThat((HttpStatus) attack.get(2, TimeUnit.MINUTES)).isIn(OK, UNPROCESSABLE_CONTENT,
					HttpStatus.TOO_MANY_REQUESTS);
		}
		attackers.shutdown();
		for (String user : USERS) {
			new Http(client).as(user).get("/api/v1/regions", OK);
		}
	}

}
