package id.kinerja.access;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNAUTHORIZED;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/** Who may do what where, over HTTP as the demo users, and the audit log that records it. */
@ApiTest
class AccessApiTests {

	static final String EVALUATIONS = "/api/v1/evaluations";

	static final String AUDIT = "/api/v1/audit";

	@Autowired
	RestTestClient client;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(client);
	}

	@Test
	void withoutCredentialsTheApiAnswers401WithABasicChallenge() {
		JsonNode problem = http.anonymous().get("/api/v1/regions", UNAUTHORIZED);

		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/regions");
		assertThat(problem.get("detail").asString()).startsWith("Masuk dengan HTTP Basic");
		assertThat(http.anonymous().inLanguage("en").get("/api/v1/regions", UNAUTHORIZED).get("detail").asString())
			.startsWith("Sign in with HTTP Basic");
		client.get()
			.uri("/api/v1/regions")
			.exchange()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Kinerja\"");
	}

	@Test
	void aWrongPasswordIs401() {
		http.as("admin", "salah").get("/api/v1/regions", UNAUTHORIZED);
		http.as("nobody", "nobody").post(EVALUATIONS, evaluation("makassar"), UNAUTHORIZED);
	}

	@Test
	void healthApiDescriptionAndLoginPageArePublic() {
		http.anonymous().get("/actuator/health", OK);
		http.anonymous().get("/v3/api-docs", OK);
		String login = client.get().uri("/login").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isOk()
			.returnResult(String.class).getResponseBody();
		assertThat(login).as("form login keeps CSRF protection").contains("_csrf");
	}

	@Test
	void anAnalystRunsTheirRegionAndIsRefusedAnother() {
		Http analyst = http.as("makassar.analis");
		JsonNode run = analyst.post(EVALUATIONS, evaluation("makassar"), CREATED);
		assertThat(run.get("startedBy").asString()).isEqualTo("makassar.analis");

		JsonNode refused = analyst.post(EVALUATIONS, evaluation("medan"), FORBIDDEN);

		assertThat(refused.get("region").asString()).isEqualTo("medan");
		assertThat(refused.get("permission").asString()).isEqualTo("RUN_EVALUATION");
		JsonNode denial = newest("action=ACCESS_DENIED&actor=makassar.analis&region=medan");
		assertThat(denial.get("target").asString()).isEqualTo("RUN_EVALUATION");
		assertThat(denial.get("outcome").asString()).isEqualTo("DENIED");
		assertThat(denial.get("detail").asString()).isEqualTo("POST " + EVALUATIONS);
		JsonNode audited = newest("action=EVALUATION_RUN&actor=makassar.analis");
		assertThat(audited.get("region").asString()).isEqualTo("makassar");
		assertThat(audited.get("outcome").asString()).isEqualTo("SUCCESS");
		assertThat(audited.get("detail").asString()).startsWith("run " + run.get("id").asLong() + ":");
	}

	@Test
	void anAnalystReadsNeitherTheStaffNorTheRunsOfAnotherRegion() {
		long makassarRun = http.post(EVALUATIONS, evaluation("makassar"), CREATED).get("id").asLong();
		Http analyst = http.as("medan.analis");

		analyst.get("/api/v1/regions/makassar/agencies", FORBIDDEN);
		// another region's run answers as an unknown one (NoOracleApiTests compares the bodies)
		analyst.get(EVALUATIONS + "/" + makassarRun, NOT_FOUND);
		analyst.get(EVALUATIONS + "?region=makassar", FORBIDDEN);
		assertThat(analyst.get(EVALUATIONS + "?size=200", OK).get("content").valueStream()
			.map(r -> r.get("region").asString())).doesNotContain("makassar");
		// refused inside a read-only transaction: the audit event is written all the same
		assertThat(newest("action=ACCESS_DENIED&actor=medan.analis&region=makassar").get("detail").asString())
			.startsWith("GET " + EVALUATIONS);
		assertThat(events("action=ACCESS_DENIED&actor=medan.analis&region=makassar&size=500").valueStream()
			.map(e -> e.get("detail").asString())).contains("GET /api/v1/regions/makassar/agencies");
	}

	@Test
	void anAuditorCannotRunAnEvaluation() {
		JsonNode refused = http.as("auditor").post(EVALUATIONS, evaluation("makassar"), FORBIDDEN);

		assertThat(refused.get("permission").asString()).isEqualTo("RUN_EVALUATION");
	}

	@Test
	void theRegionListShowsTheUsersRegionsOnly() {
		assertThat(regionsOf("medan.analis")).containsExactly("medan");
		assertThat(regionsOf("makassar.kebijakan")).containsExactly("makassar");
		assertThat(regionsOf("auditor")).containsExactly("makassar", "mamuju", "medan", "tanjungpinang");
	}

	@Test
	void theAuditLogFiltersByActionRegionAndActorNewestFirst() {
		http.as("medan.analis").post(EVALUATIONS, evaluation("makassar"), FORBIDDEN);
		http.as("medan.analis").post(EVALUATIONS, evaluation("tanjungpinang"), FORBIDDEN);

		JsonNode filtered = events("action=ACCESS_DENIED&region=makassar&actor=medan.analis");
		assertThat(filtered).isNotEmpty().allSatisfy(event -> {
			assertThat(event.get("action").asString()).isEqualTo("ACCESS_DENIED");
			assertThat(event.get("region").asString()).isEqualTo("makassar");
			assertThat(event.get("actor").asString()).isEqualTo("medan.analis");
		});
		JsonNode all = events("actor=medan.analis&size=500");
		assertThat(all.valueStream().map(e -> OffsetDateTime.parse(e.get("occurredAt").asString())).toList())
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(all.get(0).get("region").asString()).isEqualTo("tanjungpinang");
	}

	@Test
	void theAuditLogPages() {
		http.as("medan.analis").post(EVALUATIONS, evaluation("mamuju"), FORBIDDEN);
		http.as("medan.analis").post(EVALUATIONS, evaluation("mamuju"), FORBIDDEN);
		Http auditor = http.as("auditor");

		JsonNode first = auditor.get(AUDIT + "?page=0&size=1", OK);
		JsonNode second = auditor.get(AUDIT + "?page=1&size=1", OK);

		assertThat(first.get("content").size()).isOne();
		assertThat(first.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(first.get("totalPages").asLong()).isEqualTo(first.get("totalElements").asLong());
		assertThat(second.at("/content/0/id").asLong()).isLessThan(first.at("/content/0/id").asLong());
	}

	@Test
	void badAuditFiltersAreProblemsNamingTheField() {
		Http auditor = http.as("auditor");

		assertError(auditor.get(AUDIT + "?from=kemarin", BAD_REQUEST), "from");
		assertError(auditor.get(AUDIT + "?action=DELETED", BAD_REQUEST), "action");
		assertError(auditor.get(AUDIT + "?from=2025-12-31&to=2025-12-01", UNPROCESSABLE_CONTENT), "to");
		assertThat(auditor.get(AUDIT + "?from=2000-01-01&to=2000-12-31", OK).get("totalElements").asLong()).isZero();
	}

	@Test
	void aPolicyOfficerSeesOnlyTheAuditEventsOfTheirRegions() {
		Http officer = http.as("makassar.kebijakan");
		officer.post(EVALUATIONS, evaluation("makassar"), FORBIDDEN);
		http.as("medan.analis").post(EVALUATIONS, evaluation("makassar"), FORBIDDEN);

		JsonNode seen = officer.get(AUDIT + "?size=500", OK).get("content");

		assertThat(seen.valueStream().map(e -> e.get("region").asString())).isNotEmpty().containsOnly("makassar");
		assertThat(seen.valueStream().map(e -> e.get("actor").asString())).contains("makassar.kebijakan");
		officer.get(AUDIT + "?region=medan", FORBIDDEN);
	}

	@Test
	void anHrAnalystCannotReadTheAuditLog() {
		assertThat(http.as("makassar.analis").get(AUDIT, FORBIDDEN).get("permission").asString())
			.isEqualTo("READ_AUDIT");
	}

	private JsonNode events(String query) {
		return http.as("auditor").get(AUDIT + "?" + query, OK).get("content");
	}

	private JsonNode newest(String query) {
		JsonNode events = events(query);
		assertThat(events).as(query).isNotEmpty();
		return events.get(0);
	}

	private List<String> regionsOf(String user) {
		return http.as(user).get("/api/v1/regions", OK).valueStream().map(r -> r.get("id").asString()).toList();
	}

	private static Map<String, Object> evaluation(String region) {
		return Map.of("region", region, "agency", region.equals("makassar") ? "dinkes" : "", "period", "2025");
	}

	private static void assertError(JsonNode problem, String field) {
		assertThat(problem.get("errors")).as(problem.toString())
			.anySatisfy(error -> assertThat(error.get("field").asString()).isEqualTo(field));
	}

}
