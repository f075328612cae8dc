package id.kinerja.access;

import id.kinerja.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers of pages and of the API over real HTTP; behind a TLS proxy (X-Forwarded-Proto from a proxy on
 * the loopback address) also HSTS and a Secure session cookie.
 */
@ApiTest
class SecurityHeadersTests {

	@Autowired
	RestTestClient client;

	@Test
	void pagesAllowOnlyTheAppsOwnScriptsAndStyles() {
		HttpHeaders headers = login(false).getResponseHeaders();

		assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGES_POLICY)
			.contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()", "geolocation=()");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("Strict-Transport-Security")).as("plain HTTP").isNull();
		assertThat(headers.getFirst(HttpHeaders.SET_COOKIE)).contains("JSESSIONID", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure");
	}

	@Test
	void behindATlsProxyTheCookieIsSecureAndHstsIsSent() {
		HttpHeaders headers = login(true).getResponseHeaders();

		assertThat(headers.getFirst("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
		assertThat(headers.getFirst(HttpHeaders.SET_COOKIE)).contains("JSESSIONID", "Secure", "HttpOnly", "SameSite=Lax");
	}

	@Test
	void theApiRunsNothing() {
		HttpHeaders headers = client.get().uri("/api/v1/regions").headers(h -> h.setBasicAuth("auditor", "auditor"))
			.exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders();

		assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY);
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
	}

	private EntityExchangeResult<String> login(boolean https) {
		return client.get().uri("/login").accept(MediaType.TEXT_HTML).headers(h -> {
			if (https) {
				h.set("X-Forwarded-Proto", "https");
			}
		}).exchange().expectStatus().isOk().returnResult(String.class);
	}

}
