package id.kinerja.support;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls a service as an administrator, where a test or the benchmark has no request that signs in. */
public final class AsAdmin {

	private AsAdmin() {
	}

	public static <T> T call(String name, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
