package id.kinerja.system;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Operations that answer a file (streamed, or bytes) answer CSV or XLSX, not a JSON object. */
final class FileAnswers implements OperationCustomizer {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Override
	public Operation customize(Operation operation, HandlerMethod method) {
		ResolvableType answer = ResolvableType.forMethodReturnType(method.getMethod());
		Class<?> body = ResponseEntity.class.isAssignableFrom(answer.toClass()) ? answer.getGeneric(0).toClass()
				: answer.toClass();
		if (StreamingResponseBody.class.isAssignableFrom(body) || body == byte[].class) {
			operation.getResponses()
				.addApiResponse("200", new ApiResponse().description("The file, as an attachment")
					.content(new Content().addMediaType("text/csv", file()).addMediaType(XLSX, file())));
		}
		return operation;
	}

	private static MediaType file() {
		return new MediaType().schema(new BinarySchema());
	}

}
