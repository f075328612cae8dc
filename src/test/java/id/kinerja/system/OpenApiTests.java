package id.kinerja.system;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.OK;

/** The OpenAPI description lists every endpoint and Swagger UI is served. */
@ApiTest
class OpenApiTests {

	@Test
	void describesEveryEndpoint(@Autowired RestTestClient client) {
		JsonNode docs = new Http(client).get("/v3/api-docs", OK);
		JsonNode paths = docs.get("paths");

		assertThat(paths.propertyNames()).contains("/api/v1/regions", "/api/v1/regions/{region}",
				"/api/v1/regions/{region}/agencies", "/api/v1/regions/{region}/agencies/{agency}/employees",
				"/api/v1/employees/{nip}", "/api/v1/evaluations", "/api/v1/evaluations/{id}",
				"/api/v1/evaluations/{id}/results", "/api/v1/evaluations/{id}/results/{nip}",
				"/api/v1/evaluations/preview", "/api/v1/audit");
		assertThat(paths.at("/~1api~1v1~1evaluations").propertyNames()).contains("get", "post");
		assertThat(docs.at("/components/securitySchemes/basic/scheme").asString()).as("Swagger UI can sign in")
			.isEqualTo("basic");
	}

	@Test
	void servesSwaggerUi(@Autowired RestTestClient client) {
		client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

}
