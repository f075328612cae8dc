package id.kinerja.system;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds to each operation the refusals it can give, as problem details: those of every call (sign-in, role
 * and region, throttling, failures), 400 where it takes input, 404 where its path names something, 413 and
 * 422 where it takes a body, and those it names with {@link Refuses} (409, a 422 without a body). An
 * operation without a description gets its summary as one.
 */
final class ProblemAnswers implements OperationCustomizer {

	private static final Map<String, String> EVERY_CALL = Map.of(
			"401", "Not signed in: no credentials, wrong ones, or an expired or revoked token",
			"403", "Signed in, but the role or the region does not allow it (the refusal is audited)",
			"429", "Too many requests: sign-in attempts throttled, or the queue of this kind of work is full;"
					+ " try again after `Retry-After` seconds",
			"500", "An unexpected failure, without internals; the server's log has the cause",
			"503", "Sign-in or the region's policy is unavailable for now; try again after `Retry-After` seconds");

	private static final String MALFORMED = "Malformed request: a parameter of the wrong type or out of its range,"
			+ " or a body that does not parse; `errors` names each field";

	private static final String NOT_FOUND = "Not found: `field` names the path parameter whose value is unknown"
			+ " (or not visible to the caller)";

	private static final String TOO_LARGE = "The body is larger than the limit (`limit`)";

	private static final String INVALID = "Invalid request: well-formed, but `errors` lists each field that breaks"
			+ " a rule, with the reason";

	@Override
	public Operation customize(Operation operation, HandlerMethod method) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		Map<String, String> refusals = new LinkedHashMap<>(EVERY_CALL);
		if (method.getMethodParameters().length > 0) {
			refusals.put("400", MALFORMED);
		}
		if (annotated(method, PathVariable.class)) {
			refusals.put("404", NOT_FOUND);
		}
		if (annotated(method, RequestBody.class) || annotated(method, RequestPart.class)) {
			refusals.put("413", TOO_LARGE);
			refusals.put("422", INVALID);
		}
		AnnotatedElementUtils.findMergedRepeatableAnnotations(method.getMethod(), Refuses.class)
			.forEach(refusal -> refusals.put(Integer.toString(refusal.status()), refusal.when()));
		refusals.forEach((code, text) -> responses.putIfAbsent(code, new ApiResponse().description(text)));
		responses.forEach((code, response) -> asProblem(code, response));
		operation.setResponses(sorted(responses));
		if (operation.getDescription() == null || operation.getDescription().isBlank()) {
			operation.setDescription(operation.getSummary());
		}
		return operation;
	}

	private static void asProblem(String code, ApiResponse response) {
		if (code.startsWith("4") || code.startsWith("5")) {
			Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + OpenApiDescription.PROBLEM);
			response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(problem)));
		}
		if (code.equals("429") || code.equals("503")) {
			response.addHeaderObject(HttpHeaders.RETRY_AFTER,
					new Header().description("seconds to wait before trying again").schema(new IntegerSchema()));
		}
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		return sorted;
	}

	private static boolean annotated(HandlerMethod method, Class<? extends java.lang.annotation.Annotation> type) {
		return Arrays.stream(method.getMethodParameters()).anyMatch(parameter -> parameter.hasParameterAnnotation(type));
	}

}
