package id.kinerja.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with a user name and password (the login page and HTTP Basic) behind the {@link LoginThrottle}:
 * a throttled attempt is refused before the user is read or BCrypt runs; a wrong password counts.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledSignIn(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "unknown";
		throttle.check(username, address);
		try {
			Authentication done = passwords.authenticate(attempt);
			throttle.succeeded(username);
			return done;
		}
		catch (BadCredentialsException ex) {
			throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
