package id.kinerja.access;

import java.time.OffsetDateTime;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a request in with a personal API token: the SHA-256 of the secret is looked up with its user in one
 * read (no BCrypt); an unknown, expired or revoked token, or a disabled user, is a bad credential. The
 * permissions are the token's, as far as the user's role still holds them.
 */
class TokenSignIn implements AuthenticationProvider {

	private final ApiTokens tokens;

	private final TransactionTemplate readOnly;

	TokenSignIn(ApiTokens tokens, TransactionTemplate readOnly) {
		this.tokens = tokens;
		this.readOnly = readOnly;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String hash = Secrets.sha256(String.valueOf(attempt.getCredentials()));
		SignedInUser user;
		try {
			user = readOnly.execute(status -> tokens.findByHash(hash)
				.filter(token -> token.usableAt(OffsetDateTime.now()) && token.getAccount().isEnabled())
				.map(token -> new SignedInUser(token.getAccount(), token.getPermissions(), true))
				.orElse(null));
		}
		catch (DataAccessException | TransactionException ex) {
			throw new InternalAuthenticationServiceException("The tokens cannot be read", ex);
		}
		if (user == null) {
			throw new BadCredentialsException("Unknown, expired or revoked token");
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerToken.class.isAssignableFrom(authentication);
	}

}
