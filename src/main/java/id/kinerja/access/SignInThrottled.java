package id.kinerja.access;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for the user name or the address: refused before the password is looked at. */
class SignInThrottled extends AuthenticationException {

	private final Duration retryAfter;

	SignInThrottled(Duration retryAfter) {
		super("Too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds to wait, at least one, for {@code Retry-After}. */
	long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

}
