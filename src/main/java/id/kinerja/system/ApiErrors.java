package id.kinerja.system;

import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns bad input into RFC 9457 problem details that name each field and the reason: malformed JSON and
 * wrong types are 400, well-formed but invalid content is 422.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.unprocessableContent().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = invalid(errors);
		problem.setStatus(HttpStatus.BAD_REQUEST);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		ProblemDetail problem = invalid(errors);
		problem.setStatus(HttpStatus.BAD_REQUEST);
		return ResponseEntity.badRequest().body(problem);
	}

	/** A query or path parameter of the wrong type, e.g. {@code predikat=HEBAT}: 400 naming it. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName();
		Class<?> type = ex.getRequiredType();
		String reason = type != null && type.isEnum() ? unknownValue(ex.getValue(), type)
				: text("wrongType", ex.getValue(), type == null ? "?" : type.getSimpleName());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("badParameter", field, reason));
		problem.setTitle("Malformed request");
		problem.setProperty("errors", List.of(new FieldError(field, reason)));
		return ResponseEntity.badRequest().body(problem);
	}

	/** Anything unexpected is still a problem detail, without internals; the log has the cause. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Request failed", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, text("internal"));
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodyTooLarge tooLarge = cause(ex, BodyTooLarge.class);
		if (tooLarge != null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					text("bodyTooLarge", tooLarge.limit()));
			problem.setTitle("Content too large");
			problem.setProperty("limit", tooLarge.limit());
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Malformed request");
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = path(jackson);
			String reason = reason(jackson);
			problem.setDetail(text("badField", field, reason));
			problem.setProperty("errors", List.of(new FieldError(field, reason)));
		}
		else {
			problem.setDetail(text("notJson", ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage()));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static ProblemDetail invalid(List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setTitle("Invalid request");
		problem.setDetail(errors.stream().map(e -> e.field() + ": " + e.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private String reason(JacksonException ex) {
		if (ex instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			return unknownValue(format.getValue(), format.getTargetType());
		}
		if (ex instanceof InvalidFormatException format) {
			return text("wrongType", format.getValue(), format.getTargetType().getSimpleName());
		}
		return ex.getOriginalMessage();
	}

	private String unknownValue(Object value, Class<?> enumType) {
		return text("unknownValue", value, List.of(enumType.getEnumConstants()));
	}

	/** A text of the message bundles ({@code problem.<key>}) in the request's language. */
	private String text(String key, Object... args) {
		return getMessageSource().getMessage("problem." + key, Refusal.texts(args), LocaleContextHolder.getLocale());
	}

	private static String lastNode(String path) {
		int dot = path.indexOf('.');
		return dot >= 0 ? path.substring(dot + 1) : path;
	}

	/** One field that was rejected, and why. */
	record FieldError(String field, String reason) {
	}


}
