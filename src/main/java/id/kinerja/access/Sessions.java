package id.kinerja.access;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/**
 * Ends what a user is signed in with: the page sessions Spring Security's {@link SessionRegistry} knows
 * (their next request goes to the login page) and the API tokens. A password change or a disable calls it.
 */
@Component
class Sessions {

	private final SessionRegistry registry;

	private final ApiTokens tokens;

	Sessions(SessionRegistry registry, ApiTokens tokens) {
		this.registry = registry;
		this.tokens = tokens;
	}

	/** Ends every session of the user but {@code keep} (the session making the change, or null) and its tokens. */
	void end(Account account, String keep) {
		// principals are equal by user name, as Spring Security's User is
		User key = new User(account.getUsername(), "", List.of());
		registry.getAllSessions(key, false)
			.stream()
			.filter(session -> !session.getSessionId().equals(keep))
			.forEach(SessionInformation::expireNow);
		OffsetDateTime now = OffsetDateTime.now();
		tokens.findByAccountIdAndRevokedAtIsNull(account.getId()).forEach(token -> token.revoke(now));
	}

}
