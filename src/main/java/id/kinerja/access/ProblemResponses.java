package id.kinerja.access;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import id.kinerja.system.Languages;
import id.kinerja.system.Refusal;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refusals made by the security filters, before any controller runs, as RFC 9457 problem details like
 * every other error of the API: 401 with the Basic challenge, 403.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "Kinerja";

	/** Seconds a client waits before trying again when the database cannot be reached. */
	static final String UNAVAILABLE_RETRY = "5";

	private final JsonMapper json;

	private final MessageSource messages;

	ProblemResponses(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/**
	 * 401 with the Basic challenge; 429 with {@code Retry-After} for a throttled sign-in; 503 where the
	 * users cannot be read (the database is unreachable): the password was not judged, so never 401.
	 */
	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof SignInThrottled throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "signInThrottled", throttled.retryAfterSeconds());
			return;
		}
		if (ex instanceof InternalAuthenticationServiceException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY);
			write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "signInUnavailable");
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "signIn");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Object... args) throws IOException {
		String detail = messages.getMessage("problem." + key, args.length == 0 ? null : Refusal.texts(args),
				Languages.asked(request));
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
