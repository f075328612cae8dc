package id.kinerja.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a temporary password does nothing else until it is changed: pages go to the
 * change form, the API answers 403 but to {@code POST /api/v1/account/password}.
 */
class PasswordChangeFirst extends OncePerRequestFilter {

	static final String PAGE = "/account/password";

	static final String API = "/api/v1/account/password";

	private final ProblemResponses problems;

	PasswordChangeFirst(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = CurrentUser.authentication();
		boolean bound = authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.mustChangePassword();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!bound || allowed(request, path)) {
			chain.doFilter(request, response);
		}
		else if (path.startsWith("/api/")) {
			problems.write(request, response, HttpStatus.FORBIDDEN, "passwordChangeRequired");
		}
		else {
			response.sendRedirect(request.getContextPath() + PAGE);
		}
	}

	private static boolean allowed(HttpServletRequest request, String path) {
		return path.equals(PAGE) || path.equals("/logout") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/webjars/") || path.equals("/error")
				|| path.equals(API) && HttpMethod.POST.matches(request.getMethod());
	}

}
