package id.kinerja.access;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every answer carries: a Content-Security-Policy that lets pages run only the app's own scripts
 * and styles (no inline code: the templates keep theirs in static files), no framing, no sniffing, the
 * referrer kept within the app, browser features the app does not use switched off, and HSTS over HTTPS
 * (behind a TLS proxy too, which the forwarded headers tell about). Also the defaults: X-Content-Type-Options,
 * Cache-Control.
 */
final class SecurityHeaders {

	static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
			+ " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
			+ " frame-ancestors 'none'";

	/** Swagger UI's bundle writes styles inline; its scripts are still only its own. */
	static final String SWAGGER_POLICY = PAGES_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	/** JSON never runs anything. */
	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
			+ " interest-cohort=()";

	private static final int HSTS_SECONDS = 365 * 24 * 3600;

	private SecurityHeaders() {
	}

	static void pages(HeadersConfigurer<HttpSecurity> headers) {
		common(headers, PAGES_POLICY);
	}

	static void swagger(HeadersConfigurer<HttpSecurity> headers) {
		common(headers, SWAGGER_POLICY);
	}

	static void api(HeadersConfigurer<HttpSecurity> headers) {
		common(headers, API_POLICY);
	}

	private static void common(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions(frames -> frames.deny())
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS));
	}

}
