package id.kinerja.access;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import id.kinerja.system.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * What every user does with their own account: change the password (which ends their other sessions and
 * their tokens) and manage personal API tokens. Both need the password or a page session, never a token:
 * a token cannot make itself a stronger one.
 */
@Service
@Validated
public class OwnAccount {

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final PasswordRules rules;

	private final Sessions sessions;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	OwnAccount(Accounts accounts, ApiTokens tokens, PasswordEncoder passwords, PasswordRules rules, Sessions sessions,
			TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.rules = rules;
		this.sessions = sessions;
		this.transaction = transaction;
		this.events = events;
	}

	public record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

	/** A token to create: its name, days until it expires, and the permissions it gets (empty: all the role's). */
	public record NewToken(@NotBlank @Size(max = 80) String name, @Min(1) @Max(366) int validDays,
			Set<Permission> permissions) {
	}

	public record TokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			OffsetDateTime revokedAt, List<Permission> permissions, boolean active) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
					token.getRevokedAt(), EnumSet.copyOf(token.getPermissions()).stream().toList(),
					token.usableAt(OffsetDateTime.now()));
		}

	}

	/** A new token and its secret, shown this once: only its SHA-256 is kept. */
	public record IssuedToken(TokenView token, String secret) {
	}

	/**
	 * Changes the signed-in user's password after checking the current one; ends the user's other sessions
	 * (not {@code keepSession}, the one asking) and tokens.
	 * @return the principal as it now is (no longer bound to change its password)
	 */
	public Authentication changePassword(PasswordChange change, String keepSession) {
		SignedInUser me = me();
		Authentication updated = transaction.execute(status -> {
			Account account = account(me);
			if (!passwords.matches(change.currentPassword(), account.getPasswordHash())) {
				throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", "wrongPassword")
					.field("currentPassword");
			}
			if (passwords.matches(change.newPassword(), account.getPasswordHash())) {
				throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", "samePassword").field("newPassword");
			}
			rules.require("newPassword", account.getUsername(), account.getDisplayName(), change.newPassword());
			account.setPassword(passwords.encode(change.newPassword()), false);
			sessions.end(account, keepSession);
			SignedInUser now = new SignedInUser(account);
			return UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
		});
		events.publishEvent(new AccountChanged("PASSWORD_CHANGED", me.getUsername(), me.regions(), null));
		return updated;
	}

	public List<TokenView> tokens() {
		SignedInUser me = me();
		return transaction.execute(status -> tokens.findByAccountIdOrderByIdDesc(account(me).getId())
			.stream()
			.map(TokenView::of)
			.toList());
	}

	public IssuedToken createToken(@Valid NewToken request) {
		SignedInUser me = me();
		Set<Permission> held = me.role().permissions();
		Set<Permission> asked = request.permissions() == null || request.permissions().isEmpty() ? held
				: request.permissions();
		if (!held.containsAll(asked)) {
			throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", "tokenBeyondRole",
					asked.stream().filter(p -> !held.contains(p)).toList(), me.role()).field("permissions");
		}
		String secret = Secrets.newToken();
		OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		TokenView created = transaction.execute(status -> TokenView.of(tokens.save(new ApiToken(account(me),
				request.name().strip(), Secrets.sha256(secret), now, now.plusDays(request.validDays()), asked))));
		events.publishEvent(new AccountChanged("TOKEN_CREATED", me.getUsername(), me.regions(),
				"token " + created.id() + " '" + created.name() + "' until " + created.expiresAt()));
		return new IssuedToken(created, secret);
	}

	public TokenView revokeToken(long id) {
		SignedInUser me = me();
		TokenView revoked = transaction.execute(status -> {
			ApiToken token = tokens.findById(id)
				.filter(t -> t.getAccount().getUsername().equals(me.getUsername()))
				.orElseThrow(() -> Refusal.notFound("token", id));
			token.revoke(OffsetDateTime.now());
			return TokenView.of(token);
		});
		events.publishEvent(new AccountChanged("TOKEN_REVOKED", me.getUsername(), me.regions(),
				"token " + id + " '" + revoked.name() + "'"));
		return revoked;
	}

	/** The signed-in user, by password or page session; a token may not manage the account. */
	private static SignedInUser me() {
		Authentication authentication = CurrentUser.authentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user && !user.viaToken()) {
			return user;
		}
		throw new Refusal(HttpStatus.FORBIDDEN, "Forbidden", "accountNeedsPassword");
	}

	private Account account(SignedInUser me) {
		return accounts.findByUsername(me.getUsername()).orElseThrow(() -> Refusal.notFound("user", me.getUsername()));
	}

}
