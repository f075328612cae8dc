package id.kinerja.system;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description at {@code /v3/api-docs}: what it is, where it is served (relative, so it
 * holds behind any proxy) and the problem detail every refusal is; {@link ProblemAnswers} adds the refusals
 * each operation can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

	static final String PROBLEM = "Problem";

	private static final String ABOUT = """
			Kinerja appraises Indonesian civil servants (ASN) under PermenPANRB 6/2022 and the policies of each \
			region and agency (OPD), written as Drools rule files. The API runs official evaluations and what-ifs, \
			reads their results with the rules that made them, recommends training and awards, and manages \
			policies, staff data, users and tokens.

			Sign in on every call with a personal API token (`Authorization: Bearer knj_...`) or HTTP Basic. \
			Every refusal is an RFC 9457 problem detail (`application/problem+json`) naming the field and the \
			reason where there is one; its text follows `Accept-Language` (Bahasa Indonesia, or English).

			Lists that can grow are pages: `content`, `page` (from 0), `size`, `totalElements`, `totalPages` and \
			`sort`. An object is answered as itself. `/api/v1` changes only by adding; what is deprecated keeps \
			working for one release (see the API guide, docs/api.md, "Versioning").""";

	@Bean
	OpenAPI kinerjaApi(@Value("${kinerja.api.version}") String version) {
		return new OpenAPI()
			.info(new Info().title("Kinerja API")
				.version(version)
				.description(ABOUT)
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.servers(List.of(new Server().url("/").description("The server that serves this description")))
			.components(new Components().addSchemas(PROBLEM, problem()).addSchemas("FieldError", fieldError()));
	}

	@Bean
	OperationCustomizer problemAnswers() {
		return new ProblemAnswers();
	}

	@Bean
	OperationCustomizer fileAnswers() {
		return new FileAnswers();
	}

	/** The deprecated {@code shape} parameter of an operation whose answer changed in 0.2. */
	@Bean
	OperationCustomizer legacyShapes() {
		return (operation, method) -> {
			LegacyShape legacy = method.getMethodAnnotation(LegacyShape.class);
			if (legacy != null) {
				operation.addParametersItem(new QueryParameter().name("shape")
					.deprecated(true)
					.schema(new StringSchema().addEnumItem("legacy"))
					.description("Deprecated, for one release: `legacy` answers as before 0.2, " + legacy.value()));
			}
			return operation;
		};
	}

	/** Tags in name order, so the description is the same on every start. */
	@Bean
	OpenApiCustomizer tagsByName() {
		return api -> api.getTags().sort(Comparator.comparing(Tag::getName));
	}

	@Bean
	OpenApiCustomizer apiExamples() {
		return new ApiExamples();
	}

	private static Schema<?> problem() {
		return new ObjectSchema().description("An RFC 9457 problem detail; more members may follow (e.g. `limit`)")
			.addProperty("type", new StringSchema().description("a URI naming the kind of problem").example("about:blank"))
			.addProperty("title", new StringSchema().example("Not found"))
			.addProperty("status", new IntegerSchema().example(404))
			.addProperty("detail", new StringSchema().example("run 999 tidak ditemukan"))
			.addProperty("instance", new StringSchema().example("/api/v1/evaluations/999"))
			.addProperty("field", new StringSchema().description("the request field the refusal is about").example("run"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
				.description("each rejected field and why (400, 422)"))
			.required(List.of("title", "status"));
	}

	private static Schema<?> fieldError() {
		return new ObjectSchema().description("One rejected field and the reason")
			.addProperty("field", new StringSchema().example("period"))
			.addProperty("reason", new StringSchema().example("tidak boleh kosong"))
			.required(List.of("field", "reason"));
	}

}
