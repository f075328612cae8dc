package id.kinerja.support;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the API and checks the status; every error must be an RFC 9457 problem detail. */
public final class Http {

	private final RestTestClient client;

	public Http(RestTestClient client) {
		this.client = client;
	}

	public JsonNode get(String uri, HttpStatus expected) {
		return body(client.get().uri(uri).exchange(), expected);
	}

	/** Posts a body: a {@code String} is sent as it is, anything else as JSON. */
	public JsonNode post(String uri, Object body, HttpStatus expected) {
		return body(client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).exchange(), expected);
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
