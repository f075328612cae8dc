package id.kinerja.access;

import java.util.List;
import java.util.Map;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static id.kinerja.access.UserAdministrationApiTests.STRONG;
import static id.kinerja.access.UserAdministrationApiTests.assertField;
import static id.kinerja.access.UserAdministrationApiTests.change;
import static id.kinerja.access.UserAdministrationApiTests.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NO_CONTENT;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNAUTHORIZED;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/** Personal API tokens: shown once, stored hashed, limited to their user's permissions, revoked, expired. */
@ApiTest
class TokenApiTests {

	static final String TOKENS = "/api/v1/account/tokens";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(client);
	}

	@Test
	void aTokenWorksWithinItsPermissionsUntilRevoked() {
		Http analyst = http.as("makassar.analis");
		JsonNode issued = analyst.post(TOKENS, token("laporan", "READ_STAFF", "READ_RESULTS"), CREATED);
		String secret = issued.get("secret").asString();
		long id = issued.at("/token/id").asLong();
		Http bearer = http.bearer(secret);

		assertThat(secret).startsWith("knj_").hasSizeGreaterThan(40);
		assertThat(bearer.get("/api/v1/regions", OK).valueStream().map(r -> r.get("id").asString()))
			.containsExactly("makassar");
		// the user may run evaluations, the token may not
		JsonNode refused = bearer.post("/api/v1/evaluations", Map.of("region", "makassar", "period", "2025"), FORBIDDEN);
		assertThat(refused.get("permission").asString()).isEqualTo("RUN_EVALUATION");
		// nor manage the account: a token cannot make itself a stronger one
		bearer.post(TOKENS, token("lebih kuat"), FORBIDDEN);
		assertThat(analyst.get(TOKENS, OK).toString()).contains("laporan").doesNotContain(secret);
		assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(id).query(String.class).single())
			.isEqualTo(Secrets.sha256(secret))
			.doesNotContain(secret);

		analyst.delete(TOKENS + "/" + id, OK);
		bearer.get("/api/v1/regions", UNAUTHORIZED);
		http.bearer("knj_tidak-pernah-ada").get("/api/v1/regions", UNAUTHORIZED);
		http.as("auditor").get("/api/v1/audit?action=TOKEN_REVOKED&actor=makassar.analis", OK);
	}

	@Test
	void aTokenNeverHoldsMoreThanItsUsersRole() {
		assertField(http.as("medan.analis").post(TOKENS, token("kebijakan", "EDIT_POLICY"), UNPROCESSABLE_CONTENT),
				"permissions");
		assertField(http.as("medan.analis").post(TOKENS, Map.of("name", "x", "validDays", 0), UNPROCESSABLE_CONTENT),
				"validDays");
		// without permissions named, the role's: and only in the user's regions
		String secret = http.as("medan.kebijakan").post(TOKENS, token("semua"), CREATED).get("secret").asString();
		http.bearer(secret).get("/api/v1/policies/medan", OK);
		http.bearer(secret).get("/api/v1/policies/makassar", FORBIDDEN);
	}

	@Test
	void anExpiredTokenIsRefused() {
		JsonNode issued = http.post(TOKENS, token("sebentar"), CREATED);
		Http bearer = http.bearer(issued.get("secret").asString());
		bearer.get("/api/v1/regions", OK);

		jdbc.sql("update api_token set expires_at = created_at where id = ?").param(issued.at("/token/id").asLong())
			.update();

		bearer.get("/api/v1/regions", UNAUTHORIZED);
	}

	@Test
	void aPasswordChangeOrADisableEndsTheTokens() {
		String temporary = http.post(UserAdministrationApiTests.USERS, user("uji.token", "HR_ANALYST", "medan"), CREATED)
			.get("temporaryPassword").asString();
		http.as("uji.token", temporary).post(UserAdministrationApiTests.PASSWORD, change(temporary, STRONG), NO_CONTENT);
		Http user = http.as("uji.token", STRONG);
		Http first = http.bearer(user.post(TOKENS, token("satu"), CREATED).get("secret").asString());
		first.get("/api/v1/regions", OK);

		user.post(UserAdministrationApiTests.PASSWORD, change(STRONG, STRONG + "-baru"), NO_CONTENT);
		first.get("/api/v1/regions", UNAUTHORIZED);

		Http second = http.bearer(http.as("uji.token", STRONG + "-baru").post(TOKENS, token("dua"), CREATED)
			.get("secret").asString());
		second.get("/api/v1/regions", OK);
		http.post(UserAdministrationApiTests.USERS + "/uji.token/disable", "", OK);
		second.get("/api/v1/regions", UNAUTHORIZED);
		assertThat(http.as("auditor").get("/api/v1/audit?action=TOKEN_CREATED&region=medan", OK).toString())
			.contains("uji.token");
	}

	static Map<String, Object> token(String name, String... permissions) {
		return Map.of("name", name, "validDays", 30, "permissions", List.of(permissions));
	}

}
