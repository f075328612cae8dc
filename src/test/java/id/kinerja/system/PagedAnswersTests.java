package id.kinerja.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.OK;

/**
 * Walks the description's paged operations (those taking {@code page} and {@code size}) and calls each on
 * the demo data: every one is described as, and answers, the one page shape.
 */
@ApiTest
class PagedAnswersTests {

	private static final Set<String> PAGE = Set.of("content", "page", "size", "totalElements", "totalPages", "sort");

	@Autowired
	RestTestClient client;

	@Test
	void everyPagedOperationAnswersTheOnePageShape() {
		Http http = new Http(client);
		JsonNode docs = http.anonymous().get("/v3/api-docs", OK);
		long run = http.post("/api/v1/evaluations", Map.of("region", "makassar", "agency", "dinkes", "period", "2025"),
				CREATED).path("id").asLong();
		long whatIf = http.post("/api/v1/whatif?wait=30", Map.of("region", "makassar", "agencies", List.of("dinkes"),
				"period", "2025", "overrides", Map.of("pegawai-teladan.capaian-minimal", 116)), CREATED).path("id").asLong();
		List<String> paged = new ArrayList<>();

		docs.path("paths").properties().forEach(path -> {
			JsonNode get = path.getValue().path("get");
			if (!takes(get, "page") || !takes(get, "size")) {
				return;
			}
			paged.add(get.path("operationId").asString());
			String schema = get.at("/responses/200/content/application~1json/schema/$ref").asString();
			JsonNode described = docs.at("/components/schemas/" + schema.substring(schema.lastIndexOf('/') + 1));
			assertThat(described.path("properties").propertyNames()).as(path.getKey()).containsExactlyInAnyOrderElementsOf(PAGE);
			String uri = path.getKey()
				.replace("{region}", "makassar")
				.replace("{agency}", "dinkes")
				.replace("{id}", Long.toString(path.getKey().startsWith("/api/v1/whatif") ? whatIf : run));
			checkPage(path.getKey(), http.get(uri + "?page=0&size=2", OK));
		});

		assertThat(paged).containsExactlyInAnyOrder("listRuns", "listResults", "listTrainings", "listAuditEvents",
				"listEmployees", "listImports", "listWhatIfs", "listWhatIfChanges");
	}

	private static void checkPage(String path, JsonNode answer) {
		assertThat(answer.propertyNames()).as(path).containsExactlyInAnyOrderElementsOf(PAGE);
		assertThat(answer.path("content").isArray()).as(path).isTrue();
		assertThat(answer.path("content").size()).as(path).isLessThanOrEqualTo(2);
		assertThat(answer.path("page").asInt()).as(path).isZero();
		assertThat(answer.path("size").asInt()).as(path).isEqualTo(2);
		long total = answer.path("totalElements").asLong();
		assertThat(answer.path("totalPages").asLong()).as(path).isEqualTo((total + 1) / 2);
		assertThat(answer.path("sort").asString()).as(path).matches("[a-zA-Z]+,(asc|desc)");
	}

	private static boolean takes(JsonNode operation, String parameter) {
		return operation.path("parameters").valueStream().anyMatch(p -> p.path("name").asString().equals(parameter));
	}

}
