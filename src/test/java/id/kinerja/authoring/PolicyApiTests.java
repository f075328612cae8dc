package id.kinerja.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.kinerja.support.Http;
import id.kinerja.support.PolicyFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpStatus.ACCEPTED;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/**
 * A policy officer's workflow over real HTTP, on a copy of the policy folders (publishing writes files):
 * validate, publish, maker-checker, versions and diffs, rollback, region scoping.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:authoring;DB_CLOSE_DELAY=-1", "kinerja.demo.enabled=true" })
@AutoConfigureRestTestClient
class PolicyApiTests {

	private static final Path ROOT = PolicyFolders.copy();

	private static final String MEDAN = "/api/v1/policies/medan";

	private static final String MAKASSAR = "/api/v1/policies/makassar";

	private static final String MEDAN_RULES = "policies/medan/medan.drl";

	/** A new award for every Baik of the BKPSDM, an agency whose case tables do not speak of awards. */
	private static final String APPRECIATION = """
			rule "Penghargaan: apresiasi kinerja Baik"
			when
			    PredikatKinerja( $nip : nip, predikat == Predikat.BAIK )
			    Employee( nip == $nip, agency == "bkpsdm" )
			then
			    insert( new Award( $nip, "APRESIASI_BAIK", "Apresiasi kinerja Baik" ) );
			end
			""";

	@DynamicPropertySource
	static void policyRoot(DynamicPropertyRegistry registry) {
		registry.add("kinerja.policy.root", ROOT::toString);
	}

	@Autowired
	RestTestClient client;

	Http http;

	@BeforeEach
	void signIn() {
		http = new Http(client);
	}

	@Test
	void aDraftWithAnErrorIsReportedAtItsLineAndTheAuditLogKeepsTheFailure() throws Exception {
		String broken = medanRules().replaceFirst("then", "then\n    insert( new Award( ;");
		Http officer = http.as("medan.kebijakan");

		JsonNode validation = officer.post(MEDAN + "/validate", Map.of("files", Map.of(MEDAN_RULES, broken)), OK);

		assertThat(validation.path("valid").asBoolean()).isFalse();
		assertThat(validation.path("problems")).isNotEmpty().allSatisfy(problem -> {
			assertThat(problem.path("file").asString()).isEqualTo(MEDAN_RULES);
			assertThat(problem.path("line").asInt()).isPositive();
			assertThat(problem.path("message").asString()).isNotBlank();
		});
		JsonNode audit = http.as("auditor").get("/api/v1/audit?action=POLICY_VALIDATION_FAILED&region=medan", OK);
		assertThat(audit.path("content")).isNotEmpty();
		assertThat(Files.readString(ROOT.resolve(MEDAN_RULES))).isEqualTo(medanRules());
	}

	@Test
	void anOfficerOfMakassarCanNeitherValidateNorPublishNorReadDraftsOfMedan() {
		Http makassar = http.as("makassar.kebijakan");

		makassar.post(MEDAN + "/validate", Map.of("files", Map.of(MEDAN_RULES, "")), FORBIDDEN);
		makassar.post(MEDAN + "/publish", Map.of("files", Map.of(MEDAN_RULES, ""), "comment", "x"), FORBIDDEN);
		makassar.get(MEDAN + "/changes", FORBIDDEN);
		http.as("medan.analis").post(MEDAN + "/validate", Map.of("files", Map.of(MEDAN_RULES, "")), FORBIDDEN);

		JsonNode denied = http.as("auditor").get("/api/v1/audit?action=ACCESS_DENIED&actor=makassar.kebijakan", OK);
		assertThat(denied.path("content").size()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aDraftThatBreaksACaseIsRefusedWithExpectedAgainstActualAndTheVersionStays() throws Exception {
		String version = http.get(MEDAN, OK).path("version").asString();
		String parameters = Files.readString(ROOT.resolve("policies/medan/parameters.yml"))
			.replace("value: 65,", "value: 90,");

		JsonNode refused = http.as("medan.kebijakan").post(MEDAN + "/publish",
				Map.of("files", Map.of("policies/medan/parameters.yml", parameters), "comment", "IKM lebih ketat"),
				UNPROCESSABLE_CONTENT);

		assertThat(refused.path("failedCases")).isNotEmpty().allSatisfy(failure -> {
			assertThat(failure.path("expected").asString()).isNotBlank();
			assertThat(failure.path("actual").asString()).isNotBlank();
		});
		assertThat(http.get(MEDAN, OK).path("version").asString()).isEqualTo(version);
	}

	@Test
	void publishingKeepsEveryVersionWithADiffAndARollbackRestoresTheEarlierOutcomesExactly() throws Exception {
		Http officer = http.as("medan.kebijakan");
		Map<String, String> before = outcomes(run("medan"));
		long baseline = http.get(MEDAN + "/releases", OK).path(0).path("id").asLong();

		JsonNode published = officer.post(MEDAN + "/publish",
				Map.of("files", Map.of("policies/medan/apresiasi.drl", APPRECIATION), "comment", "apresiasi Baik"),
				CREATED);
		assertThat(published.path("kind").asString()).isEqualTo("PUBLISHED");
		assertThat(published.path("author").asString()).isEqualTo("medan.kebijakan");
		assertThat(http.get(MEDAN, OK).path("version").asString()).isEqualTo(published.path("version").asString());
		assertThat(Files.readString(ROOT.resolve("policies/medan/apresiasi.drl"))).isEqualTo(APPRECIATION);
		Map<String, String> changed = outcomes(run("medan"));
		assertThat(changed.values()).anySatisfy(outcome -> assertThat(outcome).contains("APRESIASI_BAIK"));

		JsonNode rolledBack = officer.post(MEDAN + "/rollback",
				Map.of("release", baseline, "comment", "apresiasi ditunda"), CREATED);

		assertThat(rolledBack.path("kind").asString()).isEqualTo("ROLLED_BACK");
		assertThat(rolledBack.path("version").asString())
			.isEqualTo(http.get(MEDAN + "/releases/" + baseline, OK).path("version").asString());
		assertThat(Files.exists(ROOT.resolve("policies/medan/apresiasi.drl"))).isFalse();
		assertThat(outcomes(run("medan"))).isEqualTo(before);
		JsonNode history = http.get(MEDAN + "/history?path=policies/medan/apresiasi.drl", OK);
		assertThat(history).hasSize(2);
		assertThat(history.path(0).path("deleted").asBoolean()).isTrue();
		JsonNode diff = http.get(MEDAN + "/diff?from=" + history.path(1).path("id").asLong() + "&to="
				+ history.path(0).path("id").asLong(), OK);
		assertThat(diff.path("unified").asString()).contains("-rule \"Penghargaan: apresiasi kinerja Baik\"");
	}

	@Test
	void aPastRunReplaysExactlyUnderTheVersionItUsedAfterTheActivePolicyChanged() {
		long run = run("medan");
		String used = http.get("/api/v1/evaluations/" + run, OK).path("policyVersion").asString();
		String rules = "policies/medan/replay-" + System.nanoTime() + ".drl";
		http.as("medan.kebijakan").post(MEDAN + "/publish", Map.of("files",
				Map.of(rules, APPRECIATION.replace("apresiasi kinerja Baik\"", "apresiasi ulang\"")), "comment", "uji replay"),
				CREATED);
		assertThat(http.get(MEDAN, OK).path("version").asString()).isNotEqualTo(used);

		JsonNode replay = http.as("medan.analis").post("/api/v1/evaluations/" + run + "/replay", Map.of(), OK);

		assertThat(replay.path("policyVersion").asString()).isEqualTo(used);
		assertThat(replay.path("employees").asInt()).isPositive();
		assertThat(replay.path("identical").asInt()).isEqualTo(replay.path("employees").asInt());
		assertThat(replay.path("differences")).isEmpty();
		http.as("makassar.analis").post("/api/v1/evaluations/" + run + "/replay", Map.of(), NOT_FOUND);
		http.as("medan.kebijakan").post(MEDAN + "/publish", Map.of("files", deletion(rules), "comment", "uji replay selesai"),
				CREATED);
	}

	private static Map<String, Object> deletion(String path) {
		Map<String, Object> files = new HashMap<>();
		files.put(path, null);
		return files;
	}

	@Test
	void inMakassarASecondOfficerApprovesAndTheAuthorCannotApproveTheirOwnChange() {
		String version = http.get(MAKASSAR, OK).path("version").asString();
		assertThat(http.get(MAKASSAR, OK).path("approvalRequired").asBoolean()).isTrue();
		Map<String, Object> draft = Map.of("files", Map.of("policies/makassar/apresiasi.drl", APPRECIATION),
				"comment", "apresiasi Baik");

		JsonNode pending = http.as("makassar.kebijakan").post(MAKASSAR + "/publish", draft, ACCEPTED);
		assertThat(pending.path("status").asString()).isEqualTo("PENDING");
		assertThat(http.get(MAKASSAR, OK).path("version").asString()).isEqualTo(version);
		String change = MAKASSAR + "/changes/" + pending.path("id").asLong();

		http.as("makassar.kebijakan").post(change + "/approve", Map.of("comment", "setuju"), FORBIDDEN);
		http.as("medan.kebijakan").post(change + "/approve", Map.of("comment", "setuju"), FORBIDDEN);
		JsonNode release = http.as("makassar.kebijakan2").post(change + "/approve", Map.of("comment", "setuju"), CREATED);

		assertThat(release.path("author").asString()).isEqualTo("makassar.kebijakan");
		assertThat(release.path("approvedBy").asString()).isEqualTo("makassar.kebijakan2");
		assertThat(http.get(MAKASSAR, OK).path("version").asString()).isEqualTo(release.path("version").asString());
		assertThat(http.get(change, OK).path("status").asString()).isEqualTo("APPROVED");
		http.as("makassar.kebijakan2").post(change + "/reject", Map.of("comment", "terlambat"),
				org.springframework.http.HttpStatus.CONFLICT);

		// going back to the version before waits for a second officer too
		long earlier = http.get(MAKASSAR + "/releases", OK).get(1).path("id").asLong();
		JsonNode rollback = http.as("makassar.kebijakan2")
			.post(MAKASSAR + "/rollback", Map.of("release", earlier, "comment", "kembali"), ACCEPTED);
		assertThat(rollback.path("kind").asString()).isEqualTo("ROLLBACK");
		assertThat(http.get(MAKASSAR, OK).path("version").asString()).isEqualTo(release.path("version").asString());
		JsonNode back = http.as("makassar.kebijakan")
			.post(MAKASSAR + "/changes/" + rollback.path("id").asLong() + "/approve", Map.of("comment", "setuju"),
					CREATED);
		assertThat(back.path("kind").asString()).isEqualTo("ROLLED_BACK");
		assertThat(back.path("version").asString()).isEqualTo(version);
	}

	@Test
	void publishingWhileEvaluationsRunLosesNoRequest() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<JsonNode>> previews = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				previews.add(pool.submit(() -> http.as("medan.analis").post("/api/v1/evaluations/preview", preview(), OK)));
				if (i == 4) {
					String note = medanRules() + "\n// ditinjau " + System.nanoTime() + "\n";
					http.as("medan.kebijakan").post(MEDAN + "/publish",
							Map.of("files", Map.of(MEDAN_RULES, note), "comment", "catatan"), CREATED);
				}
			}
			for (Future<JsonNode> preview : previews) {
				assertThat(preview.get().path("results").path(0).path("predikat").asString()).isEqualTo("BAIK");
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void filesChangedOnDiskArePickedUpWhenTheyValidateAndRefusedWhenTheyDoNot() throws Exception {
		String tanjungpinang = "/api/v1/policies/tanjungpinang";
		Path rules = ROOT.resolve("policies/tanjungpinang/tanjungpinang.drl");
		String before = http.get(tanjungpinang, OK).path("version").asString();
		String content = Files.readString(rules);

		Files.writeString(rules, content + "\n// disunting di editor\n");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !http.get(tanjungpinang, OK).path("version").asString().equals(before));
		String edited = http.get(tanjungpinang, OK).path("version").asString();
		assertThat(http.get(tanjungpinang + "/releases", OK).path(0).path("kind").asString()).isEqualTo("DISK");

		Files.writeString(rules, content.replaceFirst("then", "then\n    insert( ;"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> http.as("auditor")
				.get("/api/v1/audit?action=POLICY_RELOAD_REFUSED&region=tanjungpinang", OK)
				.path("content")
				.size() > 0);
		assertThat(http.get(tanjungpinang, OK).path("version").asString()).isEqualTo(edited);
		assertThat(http.get("/actuator/health", OK).toString()).contains("refusedChanges");
		assertThat(http.anonymous().get("/actuator/health", OK).toString()).contains("DEGRADED")
			.doesNotContain("refusedChanges").doesNotContain("components");
		Files.writeString(rules, content + "\n// disunting di editor\n");
	}

	@Test
	void unknownVersionsAndBadBodiesAreProblemDetailsNamingTheField() {
		JsonNode missing = http.post(MEDAN + "/rollback", Map.of("release", 999_999, "comment", "x"), NOT_FOUND);
		assertThat(missing.path("field").asString()).isEqualTo("release");
		JsonNode invalid = http.post(MEDAN + "/publish", Map.of("files", Map.of()), UNPROCESSABLE_CONTENT);
		assertThat(invalid.path("errors").toString()).contains("files").contains("comment");
		http.as("medan.kebijakan").put(MEDAN + "/settings", Map.of("approvalRequired", true), FORBIDDEN);
	}

	private long run(String region) {
		return http.as(region + ".analis")
			.post("/api/v1/evaluations", Map.of("region", region, "period", "2025"), CREATED)
			.path("id")
			.asLong();
	}

	/** Every employee's predikat, score, awards and trainings of a run, by NIP. */
	private Map<String, String> outcomes(long run) {
		Map<String, String> outcomes = new TreeMap<>();
		for (int page = 0;; page++) {
			JsonNode results = http.get("/api/v1/evaluations/" + run + "/results?size=500&page=" + page, OK);
			for (JsonNode result : results.path("content")) {
				outcomes.put(result.path("nip").asString(), result.path("predikat").asString() + " "
						+ result.path("score").asString() + " " + codes(result.path("awards")) + " "
						+ codes(result.path("trainings")));
			}
			if (page + 1 >= results.path("totalPages").asInt()) {
				return outcomes;
			}
		}
	}

	private static List<String> codes(JsonNode list) {
		List<String> codes = new ArrayList<>();
		list.forEach(item -> codes.add(item.path("code").asString()));
		return codes;
	}

	private static Map<String, Object> preview() {
		Map<String, Object> employee = new HashMap<>();
		employee.put("nip", "197303141997022002");
		employee.put("name", "Siti");
		employee.put("position", "PELAKSANA");
		employee.put("workResultRating", "SESUAI_EKSPEKTASI");
		employee.put("behaviourRating", "SESUAI_EKSPEKTASI");
		employee.put("indicators", List.of());
		employee.put("behaviour", List.of());
		employee.put("developmentHours", 20);
		return Map.of("region", "medan", "organisationRating", "BAIK", "employees", List.of(employee));
	}

	private static String medanRules() throws Exception {
		return Files.readString(ROOT.resolve(MEDAN_RULES));
	}

}
