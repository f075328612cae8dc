package id.kinerja.access;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.TOO_MANY_REQUESTS;
import static org.springframework.http.HttpStatus.UNAUTHORIZED;

/**
 * Repeated wrong passwords over HTTP Basic: 429 with Retry-After, even with the right password, per user
 * and per address (each test comes from an address of its own, as a proxy in front would say).
 */
@ApiTest
class ThrottleApiTests {

	@Autowired
	RestTestClient client;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(client);
	}

	@Test
	void fiveWrongPasswordsLockTheUserEvenWithTheRightOne() {
		Http guesser = http.from("203.0.113.10");
		for (int i = 0; i < 5; i++) {
			guesser.as("mamuju.kebijakan", "tebakan-" + i).get("/api/v1/regions", UNAUTHORIZED);
		}

		JsonNode refused = guesser.as("mamuju.kebijakan").get("/api/v1/regions", TOO_MANY_REQUESTS);
		assertThat(refused.get("detail").asString()).contains("detik");
		long wait = Long.parseLong(guesser.as("mamuju.kebijakan").exchange("/api/v1/regions")
			.expectStatus().isEqualTo(TOO_MANY_REQUESTS)
			.returnResult(String.class).getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
		assertThat(wait).isBetween(1L, 60L);
		// from another address too: the user name is locked, not only the address
		http.from("203.0.113.11").as("mamuju.kebijakan").get("/api/v1/regions", TOO_MANY_REQUESTS);
		// other users from another address are not
		http.from("203.0.113.12").as("tanjungpinang.kebijakan").get("/api/v1/regions", OK);
		JsonNode audited = http.as("auditor").get("/api/v1/audit?action=SIGN_IN_THROTTLED&actor=mamuju.kebijakan", OK)
			.get("content");
		assertThat(audited.valueStream().map(e -> e.get("target").asString())).contains("203.0.113.10");
	}

	@Test
	void oneAddressTryingManyNamesIsLockedForEveryName() {
		Http guesser = http.from("203.0.113.20");
		for (int i = 0; i < 30; i++) {
			guesser.as("tidak.ada." + i, "tebakan").get("/api/v1/regions", UNAUTHORIZED);
		}

		guesser.as("medan.kebijakan").get("/api/v1/regions", TOO_MANY_REQUESTS);
		http.from("203.0.113.21").as("medan.kebijakan").get("/api/v1/regions", OK);
	}

}
