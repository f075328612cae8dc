package id.kinerja.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.kinerja.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description checked in beside the tests, from which the build generates the Java client
 * ({@code GeneratedClientTests}), is the one the app serves. Refresh it with
 * {@code ./mvnw test -Dtest=ApiSnapshotTests -Dkinerja.openapi.refresh=true}, read the diff and commit it.
 */
@ApiTest
class ApiSnapshotTests {

	static final Path SNAPSHOT = Path.of("src/test/resources/openapi/kinerja.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void theCheckedInDescriptionIsTheOneServed(@Autowired RestTestClient client) throws IOException {
		JsonNode served = JSON.readTree(client.get().uri("/v3/api-docs").exchange().returnResult(String.class)
			.getResponseBody());
		if (Boolean.getBoolean("kinerja.openapi.refresh")) {
			Files.createDirectories(SNAPSHOT.getParent());
			Files.writeString(SNAPSHOT, JSON.writeValueAsString(served) + "\n");
		}

		assertThat(JSON.readTree(Files.readString(SNAPSHOT)))
			.as(SNAPSHOT + " is not the description the app serves at /v3/api-docs: refresh it with"
					+ " ./mvnw test -Dtest=ApiSnapshotTests -Dkinerja.openapi.refresh=true, read the diff and commit it"
					+ " (the generated client is built from it)")
			.isEqualTo(served);
	}

}
