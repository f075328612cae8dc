package id.kinerja.system;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.OK;

/**
 * Lints the API's OpenAPI description as a client generator and Redocly's recommended rules would: the
 * parser's validation messages, then what those rules ask of each operation, path, tag and component.
 */
@ApiTest
class ApiDescriptionTests {

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	@Autowired
	RestTestClient client;

	JsonNode docs;

	List<String> broken = new ArrayList<>();

	@BeforeEach
	void read() {
		docs = new Http(client).anonymous().get("/v3/api-docs", OK);
	}

	@Test
	void validatesAsOpenApi() {
		String json = client.get().uri("/v3/api-docs").exchange().returnResult(String.class).getResponseBody();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);

		assertThat(new OpenAPIV3Parser().readContents(json, null, options).getMessages()).isEmpty();
	}

	@Test
	void saysWhatItIsAndWhereItIsServed() {
		JsonNode info = docs.path("info");
		assertThat(info.path("title").asString()).isEqualTo("Kinerja API");
		assertThat(info.path("version").asString()).as("the build's version").matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(info.path("description").asString()).contains("problem detail");
		assertThat(info.path("license").path("name").asString()).isNotBlank();
		assertThat(docs.path("servers")).singleElement()
			.satisfies(server -> assertThat(server.path("url").asString()).isEqualTo("/"));
		assertThat(docs.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
		assertThat(docs.at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");
		docs.path("security").forEach(requirement -> requirement.propertyNames()
			.forEach(scheme -> check(docs.at("/components/securitySchemes/" + scheme).isObject(),
					"security scheme " + scheme + " is not defined")));
		assertThat(broken).isEmpty();
	}

	@Test
	void everyOperationIsNamedDescribedTaggedAndAnswersItsRefusalsAsProblems() {
		Set<String> tags = new HashSet<>();
		docs.path("tags").forEach(tag -> {
			tags.add(tag.path("name").asString());
			check(!tag.path("description").asString().isBlank(), "tag " + tag.path("name") + " has no description");
		});
		Set<String> operationIds = new HashSet<>();
		docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String where = operation.getKey().toUpperCase() + " " + path.getKey();
			JsonNode op = operation.getValue();
			check(!op.path("summary").asString().isBlank(), where + ": no summary");
			check(!op.path("description").asString().isBlank(), where + ": no description");
			String id = op.path("operationId").asString();
			check(id.matches("[a-z][A-Za-z]+"), where + ": operationId '" + id + "' is not a plain name");
			check(operationIds.add(id), where + ": operationId " + id + " twice");
			check(!op.path("tags").isEmpty(), where + ": no tag");
			op.path("tags").forEach(tag -> check(tags.contains(tag.asString()), where + ": tag " + tag + " undefined"));
			checkParameters(where, path.getKey(), op);
			checkAnswers(where, op.path("responses"));
		}));
		assertThat(broken).isEmpty();
	}

	@Test
	void theMainRequestsAndAnswersHaveExamplesFromTheDemoData() {
		JsonNode paths = docs.path("paths");
		assertThat(paths.at("/~1api~1v1~1evaluations/post/requestBody/content/application~1json/example/region")
			.asString()).isEqualTo("makassar");
		assertThat(paths.at("/~1api~1v1~1whatif/post/requestBody/content/application~1json/example/overrides")).isNotEmpty();
		assertThat(paths.at("/~1api~1v1~1policies~1{region}~1validate/post/requestBody/content/application~1json/example/files"))
			.isNotEmpty();
		assertThat(paths.at("/~1api~1v1~1regions/get/responses/200/content/application~1json/example")).hasSize(4);
	}

	@Test
	void everySchemaIsUsed() {
		String json = docs.toString();
		docs.at("/components/schemas").propertyNames()
			.forEach(name -> check(json.contains("\"#/components/schemas/" + name + "\""), "schema " + name + " unused"));
		assertThat(broken).isEmpty();
	}

	@Test
	void eachTagIsASectionOfTheApiGuide() throws IOException {
		List<String> headings = Files.readAllLines(Path.of("docs/api.md"))
			.stream()
			.filter(line -> line.startsWith("## ") || line.startsWith("### "))
			.map(line -> line.substring(line.indexOf(' ') + 1).strip())
			.toList();
		docs.path("tags").forEach(tag -> check(headings.contains(tag.path("name").asString()),
				"tag " + tag.path("name") + " has no section in docs/api.md"));
		assertThat(broken).isEmpty();
	}

	/** Two classes of one simple name would be one schema, the second answered as the first. */
	@Test
	void noTwoClassesShareASchemaName(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		Map<String, Class<?>> named = new HashMap<>();
		Set<Class<?>> seen = new HashSet<>();
		mapping.getHandlerMethods().values().stream().filter(method -> method.getBeanType().isAnnotationPresent(RestController.class)).forEach(method -> {
			walk(ResolvableType.forMethodReturnType(method.getMethod()), seen);
			for (MethodParameter parameter : method.getMethodParameters()) {
				walk(ResolvableType.forMethodParameter(parameter), seen);
			}
		});
		seen.forEach(type -> {
			Schema schema = type.getAnnotation(Schema.class);
			String name = schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
			Class<?> other = named.putIfAbsent(name, type);
			check(other == null, "schema " + name + ": " + type.getName() + " and " + (other == null ? "" : other.getName()));
		});
		assertThat(broken).isEmpty();
	}

	private static void walk(ResolvableType type, Set<Class<?>> seen) {
		for (ResolvableType generic : type.getGenerics()) {
			walk(generic, seen);
		}
		Class<?> raw = type.resolve();
		if (raw != null && raw.isRecord() && raw.getName().startsWith("id.kinerja") && seen.add(raw)) {
			for (RecordComponent component : raw.getRecordComponents()) {
				walk(ResolvableType.forType(component.getGenericType()), seen);
			}
		}
	}

	private void checkParameters(String where, String path, JsonNode operation) {
		Set<String> declared = new HashSet<>();
		operation.path("parameters").forEach(parameter -> {
			String key = parameter.path("in").asString() + ":" + parameter.path("name").asString();
			check(declared.add(key), where + ": parameter " + key + " twice");
		});
		Matcher named = PATH_PARAMETER.matcher(path);
		while (named.find()) {
			check(declared.contains("path:" + named.group(1)), where + ": path parameter " + named.group(1) + " undefined");
		}
	}

	private void checkAnswers(String where, JsonNode responses) {
		Set<String> codes = new HashSet<>(responses.propertyNames());
		check(codes.stream().anyMatch(code -> code.startsWith("2")), where + ": no 2xx answer");
		check(codes.stream().anyMatch(code -> code.startsWith("4")), where + ": no 4xx answer");
		responses.properties().forEach(answer -> {
			JsonNode content = answer.getValue().path("content");
			check(!content.has("*/*"), where + " " + answer.getKey() + ": answers */*");
			if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
				check(content.at("/application~1problem+json/schema/$ref").asString().endsWith("/Problem"),
						where + " " + answer.getKey() + ": not a problem detail");
			}
		});
	}

	private void check(boolean holds, String problem) {
		if (!holds) {
			broken.add(problem);
		}
	}

}
