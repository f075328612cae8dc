package id.kinerja.access;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * A request made with a session that has expired goes to the login page, which says so; once signed in
 * again the user is back on the page they were on (for a posted form: the page that held it, where the
 * policy editor restores its draft). Only paths of this app are returned to, never another site.
 */
class ExpiredSession implements InvalidSessionStrategy {

	static final String TARGET = "target";

	@Override
	public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestedSessionId() == null) {
			// no session was ever there: a form posted without its CSRF token is refused, not "expired"
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		request.getSession(true);
		String target = HttpMethod.GET.matches(request.getMethod()) && request.getHeader("HX-Request") == null
				? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
				: referringPath(request);
		response.sendRedirect(login(request, "expired", target));
	}

	/**
	 * A wrong password keeps the page to return to; a throttled sign-in is 429 with {@code Retry-After} (the
	 * page {@code error/429} says how long to wait), and one the database could not check is 503.
	 */
	static AuthenticationFailureHandler failure() {
		return (request, response, ex) -> {
			if (ex instanceof SignInThrottled throttled) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
				request.setAttribute("retryMinutes", (throttled.retryAfterSeconds() + 59) / 60);
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			else if (ex instanceof InternalAuthenticationServiceException) {
				response.setHeader(HttpHeaders.RETRY_AFTER, ProblemResponses.UNAVAILABLE_RETRY);
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
			else {
				response.sendRedirect(login(request, "error", request.getParameter(TARGET)));
			}
		};
	}

	private static String login(HttpServletRequest request, String reason, String target) {
		String login = request.getContextPath() + "/login?" + reason;
		return isLocalPath(target) ? login + "&" + TARGET + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
				: login;
	}

	private static String referringPath(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			boolean here = request.getServerName().equalsIgnoreCase(uri.getHost());
			return here && uri.getRawPath() != null
					? uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** After signing in: the page the user came from, if it is a path of this app, else the saved request or home. */
	static SavedRequestAwareAuthenticationSuccessHandler returnToTarget() {
		return new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
				String target = request.getParameter(TARGET);
				return isLocalPath(target) ? target : getDefaultTargetUrl();
			}

		};
	}

	static boolean isLocalPath(String target) {
		return target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")
				&& !target.contains("\r") && !target.contains("\n");
	}

}
