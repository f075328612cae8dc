package id.kinerja.access;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps each user's last sign-in at the pages. Written after the sign-in was checked (its read has given its
 * connection back), never for API calls: those sign in on every request.
 */
@Component
class SignIns {

	private static final Logger log = LoggerFactory.getLogger(SignIns.class);

	private final Accounts accounts;

	SignIns(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Records the sign-in (a failure to do so does not refuse it), then goes on as {@code next} does. */
	AuthenticationSuccessHandler then(AuthenticationSuccessHandler next) {
		return (request, response, authentication) -> {
			try {
				accounts.signedIn(authentication.getName(), OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS));
			}
			catch (DataAccessException ex) {
				log.warn("Last sign-in of {} not recorded: {}", authentication.getName(), ex.getMessage());
			}
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
