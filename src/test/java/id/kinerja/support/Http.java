package id.kinerja.support;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the API as one user (HTTP Basic) and checks the status; every error must be an RFC 9457 problem
 * detail. {@code new Http(client)} calls as the demo administrator; every demo user's password is its name.
 */
public final class Http {

	private final RestTestClient client;

	private final String username;

	private final String password;

	private final String language;

	private final Map<String, String> headers;

	public Http(RestTestClient client) {
		this(client, "admin", "admin", null, Map.of());
	}

	private Http(RestTestClient client, String username, String password, String language,
			Map<String, String> headers) {
		this.client = client;
		this.username = username;
		this.password = password;
		this.language = language;
		this.headers = headers;
	}

	/** The same client calling as another user. */
	public Http as(String username, String password) {
		return new Http(client, username, password, language, without(HttpHeaders.AUTHORIZATION));
	}

	/** The same client asking for answers in these languages ({@code Accept-Language}). */
	public Http inLanguage(String acceptLanguage) {
		return new Http(client, username, password, acceptLanguage, headers);
	}

	/** The same client signing in with a personal API token instead of a password. */
	public Http bearer(String token) {
		return new Http(client, null, null, language, with(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	/** The same client, as if a proxy in front had received the call from this address. */
	public Http from(String address) {
		return new Http(client, username, password, language, with("X-Forwarded-For", address));
	}

	private Map<String, String> with(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return more;
	}

	private Map<String, String> without(String name) {
		Map<String, String> fewer = new LinkedHashMap<>(headers);
		fewer.remove(name);
		return fewer;
	}

	/** A demo user, whose password is its name. */
	public Http as(String demoUser) {
		return as(demoUser, demoUser);
	}

	/** The same client sending no credentials. */
	public Http anonymous() {
		return new Http(client, null, null, language, without(HttpHeaders.AUTHORIZATION));
	}

	public JsonNode get(String uri, HttpStatus expected) {
		return body(client.get().uri(uri).headers(this::sign).exchange(), expected);
	}

	/** Asks again while the answer is 202 (its job still runs), for at most a minute; then expects 200. */
	public JsonNode getWhenDone(String uri) {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
		while (true) {
			ResponseSpec response = client.get().uri(uri).headers(this::sign).exchange();
			int status = response.returnResult(JsonNode.class).getStatus().value();
			if (status != 202 || System.nanoTime() > deadline) {
				return body(client.get().uri(uri).headers(this::sign).exchange(), HttpStatus.OK);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** Posts a body: a {@code String} is sent as it is, anything else as JSON. */
	public JsonNode post(String uri, Object body, HttpStatus expected) {
		return body(client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).headers(this::sign).body(body)
			.exchange(), expected);
	}

	/** Posts a JSON body that starts long work: done at once (201) or accepted to finish later (202). */
	public JsonNode postAccepting(String uri, Object body) {
		ResponseSpec response = client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.headers(this::sign)
			.body(body)
			.exchange();
		response.expectStatus().value(status -> assertThat(status).isIn(201, 202));
		return response.returnResult(JsonNode.class).getResponseBody();
	}

	/** Posts a JSON body and answers the status, whatever it is. */
	public HttpStatus status(String uri, Object body) {
		return HttpStatus.valueOf(client.post()
			.uri(uri)
			.contentType(MediaType.APPLICATION_JSON)
			.headers(this::sign)
			.body(body)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value());
	}

	/** Puts a JSON body. */
	public JsonNode put(String uri, Object body, HttpStatus expected) {
		return body(client.put().uri(uri).contentType(MediaType.APPLICATION_JSON).headers(this::sign).body(body)
			.exchange(), expected);
	}

	public JsonNode delete(String uri, HttpStatus expected) {
		return body(client.delete().uri(uri).headers(this::sign).exchange(), expected);
	}

	/** The whole answer, for tests that read its headers. */
	public ResponseSpec exchange(String uri) {
		return client.get().uri(uri).headers(this::sign).exchange();
	}

	private void sign(HttpHeaders sent) {
		if (username != null) {
			sent.setBasicAuth(username, password);
		}
		if (language != null) {
			sent.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		headers.forEach(sent::set);
	}

	private static JsonNode body(ResponseSpec response, HttpStatus expected) {
		response.expectStatus().isEqualTo(expected);
		if (expected.isError()) {
			response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		JsonNode body = response.returnResult(JsonNode.class).getResponseBody();
		if (expected.isError()) {
			assertThat(body.path("status").asInt()).as("problem status").isEqualTo(expected.value());
		}
		return body;
	}

}
