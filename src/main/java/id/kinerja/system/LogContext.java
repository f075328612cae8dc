package id.kinerja.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user and the region a request is about into the log's MDC ({@code user}, {@code region}),
 * so every line it logs names them (structured logs carry them as fields). Runs after Spring Security, which
 * has signed the user in by then; jobs set their own ({@code run} too).
 */
@Component
class LogContext extends OncePerRequestFilter {

	/** {@code /api/v1/policies/makassar/...}, {@code /regions/medan}, {@code /api/v1/regions/mamuju/agencies}. */
	private static final Pattern REGION = Pattern.compile("^(?:/api/v1)?/(?:regions|policies)/([a-z0-9-]+)");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		put("user", user());
		put("region", region(request));
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("user");
			MDC.remove("region");
		}
	}

	private static void put(String key, String value) {
		if (value != null) {
			MDC.put(key, value);
		}
	}

	private static String user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null
				: authentication.getName();
	}

	static String region(HttpServletRequest request) {
		Matcher path = REGION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		return path.find() ? path.group(1) : request.getParameter("region");
	}

}
