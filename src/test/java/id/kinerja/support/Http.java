package id.kinerja.support;

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

	public Http(RestTestClient client) {
		this(client, "admin", "admin", null);
	}

	private Http(RestTestClient client, String username, String password, String language) {
		this.client = client;
		this.username = username;
		this.password = password;
		this.language = language;
	}

	/** The same client calling as another user. */
	public Http as(String username, String password) {
		return new Http(client, username, password, language);
	}

	/** The same client asking for answers in these languages ({@code Accept-Language}). */
	public Http inLanguage(String acceptLanguage) {
		return new Http(client, username, password, acceptLanguage);
	}

	/** A demo user, whose password is its name. */
	public Http as(String demoUser) {
		return as(demoUser, demoUser);
	}

	/** The same client sending no credentials. */
	public Http anonymous() {
		return new Http(client, null, null, language);
	}

	public JsonNode get(String uri, HttpStatus expected) {
		return body(client.get().uri(uri).headers(this::sign).exchange(), expected);
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

	private void sign(HttpHeaders headers) {
		if (username != null) {
			headers.setBasicAuth(username, password);
		}
		if (language != null) {
			headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
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
