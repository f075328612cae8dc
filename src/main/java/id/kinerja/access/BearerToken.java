package id.kinerja.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** A personal API token as a request sends it, {@code Authorization: Bearer knj_...}, not yet checked. */
class BearerToken extends AbstractAuthenticationToken {

	private static final String SCHEME = "Bearer ";

	private final String secret;

	BearerToken(String secret) {
		super(List.of());
		this.secret = secret;
	}

	@Override
	public Object getCredentials() {
		return secret;
	}

	@Override
	public Object getPrincipal() {
		return null;
	}

	/** Reads the header; null (no attempt) for a request without a bearer token. */
	static final AuthenticationConverter CONVERTER = (HttpServletRequest request) -> {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		return new BearerToken(header.substring(SCHEME.length()).strip());
	};

}
