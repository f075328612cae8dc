package id.kinerja.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Examples of requests and answers, taken from the demo data, by operation id ({@code openapi/examples.json}:
 * {@code request} for the body, a status for that answer).
 */
final class ApiExamples implements OpenApiCustomizer {

	private final Map<String, Map<String, Object>> examples;

	ApiExamples() {
		try (InputStream in = new ClassPathResource("openapi/examples.json").getInputStream()) {
			examples = JsonMapper.shared().readValue(in, new TypeReference<>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void customise(OpenAPI api) {
		api.getPaths().values().forEach(path -> path.readOperations().forEach(this::exemplify));
	}

	private void exemplify(Operation operation) {
		examples.getOrDefault(operation.getOperationId(), Map.of()).forEach((key, example) -> {
			if (key.equals("request")) {
				json(operation.getRequestBody().getContent(), example);
			}
			else {
				ApiResponse answer = operation.getResponses().get(key);
				json(answer.getContent(), example);
			}
		});
	}

	private static void json(Content content, Object example) {
		content.get("application/json").setExample(example);
	}

}
