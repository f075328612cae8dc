package id.kinerja.access;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import id.kinerja.system.Refusal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * An administrator's, or a region's HR administrator's, work on users: create, set role and regions, disable
 * and enable, reset a password to a temporary one. An HR administrator manages only users of region-bound
 * roles whose regions are all among its own; any other user answers as an unknown one. Each change is
 * written in one transaction, then audited; a disable or a reset ends the user's sessions and tokens.
 */
@Service
@Validated
public class UserAdministration {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final RegionAccess access;

	private final Sessions sessions;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	UserAdministration(Accounts accounts, PasswordEncoder passwords, RegionAccess access, Sessions sessions,
			JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.access = access;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.events = events;
	}

	/** A user as an administrator sees it; never the password hash. */
	public record UserView(String username, String displayName, Role role, List<String> regions, boolean enabled,
			boolean mustChangePassword, OffsetDateTime lastLoginAt) {

		static UserView of(Account account) {
			return new UserView(account.getUsername(), account.getDisplayName(), account.getRole(),
					List.copyOf(new TreeSet<>(account.getRegions())), account.isEnabled(), account.mustChangePassword(),
					account.getLastLoginAt());
		}

	}

	/** A new user: its name, role and regions (none for a role of all regions). */
	public record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}") String username,
			@NotBlank @Size(max = 120) String displayName, @NotNull Role role, List<String> regions) {
	}

	/** A user's name as shown, role and regions, as they are to be. */
	public record UserChange(@NotBlank @Size(max = 120) String displayName, @NotNull Role role, List<String> regions) {
	}

	/** A user with a temporary password, shown once; it must be changed at the first sign-in. */
	public record Issued(UserView user, String temporaryPassword) {
	}

	/** The users the current user manages, by name. */
	public List<UserView> list() {
		access.require(null, Permission.MANAGE_USERS);
		return transaction.execute(status -> accounts.findAll()
			.stream()
			.filter(account -> manages(account.getRole(), account.getRegions()))
			.sorted(Comparator.comparing(Account::getUsername))
			.map(UserView::of)
			.toList());
	}

	public UserView view(String username) {
		return transaction.execute(status -> UserView.of(manageable(username)));
	}

	public Issued create(@Valid NewUser request) {
		Set<String> regions = regions(request.role(), request.regions());
		String temporary = Secrets.temporaryPassword();
		UserView created = transaction.execute(status -> {
			if (accounts.findByUsername(request.username()).isPresent()) {
				throw new Refusal(HttpStatus.CONFLICT, "Conflict", "userExists", request.username()).field("username");
			}
			Account account = new Account(request.username(), passwords.encode(temporary), request.displayName().strip(),
					request.role(), regions);
			account.setPassword(account.getPasswordHash(), true);
			return UserView.of(accounts.save(account));
		});
		audit("USER_CREATED", created, "role " + created.role() + ", regions " + created.regions());
		return new Issued(created, temporary);
	}

	public UserView update(String username, @Valid UserChange change) {
		Set<String> regions = regions(change.role(), change.regions());
		UserView before = view(username);
		UserView after = transaction.execute(status -> {
			Account account = manageable(username);
			account.assign(change.displayName().strip(), change.role(), regions);
			if (!before.role().equals(change.role()) || !Set.copyOf(before.regions()).equals(regions)) {
				sessions.end(account, null);
			}
			return UserView.of(account);
		});
		audit("USER_CHANGED", after, "role " + before.role() + " -> " + after.role() + ", regions " + before.regions()
				+ " -> " + after.regions());
		return after;
	}

	/** Disables or enables a user; a disabled user's sessions and tokens end at once. */
	public UserView enable(String username, boolean enabled) {
		if (!enabled && username.equals(CurrentUser.name())) {
			throw new Refusal(HttpStatus.CONFLICT, "Conflict", "disableSelf").field("username");
		}
		UserView changed = transaction.execute(status -> {
			Account account = manageable(username);
			account.setEnabled(enabled);
			if (!enabled) {
				sessions.end(account, null);
			}
			return UserView.of(account);
		});
		audit(enabled ? "USER_ENABLED" : "USER_DISABLED", changed, null);
		return changed;
	}

	/** A new temporary password, shown once; the user's sessions and tokens end. */
	public Issued resetPassword(String username) {
		String temporary = Secrets.temporaryPassword();
		UserView changed = transaction.execute(status -> {
			Account account = manageable(username);
			account.setPassword(passwords.encode(temporary), true);
			sessions.end(account, null);
			return UserView.of(account);
		});
		audit("PASSWORD_RESET", changed, null);
		return new Issued(changed, temporary);
	}

	/** The user, when the current user manages it; otherwise it answers as unknown (404), audited. */
	private Account manageable(String username) {
		Supplier<Refusal> unknown = () -> Refusal.notFound("user", username);
		Account account = accounts.findByUsername(username).orElseThrow(unknown);
		if (!manages(account.getRole(), account.getRegions())) {
			access.denied(account.getRegions().stream().findFirst().orElse(null), Permission.MANAGE_USERS);
			throw unknown.get();
		}
		return account;
	}

	/** An administrator manages everyone; an HR administrator users of region-bound roles in its regions. */
	private boolean manages(Role role, Set<String> regions) {
		RegionScope scope = access.scope(Permission.MANAGE_USERS);
		return scope.all() || !role.allRegions() && !regions.isEmpty() && regions.stream().allMatch(scope::includes);
	}

	/** The regions a user of the role gets: none for a role of all regions, at least one known one otherwise. */
	private Set<String> regions(Role role, List<String> asked) {
		Set<String> regions = asked == null ? Set.of() : new TreeSet<>(asked);
		if (role.allRegions() && !regions.isEmpty() || !role.allRegions() && regions.isEmpty()) {
			throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request",
					role.allRegions() ? "regionsOfAllRegionsRole" : "regionsRequired", role).field("regions");
		}
		Set<String> known = Set.copyOf(jdbc.sql("select id from region").query(String.class).list());
		regions.stream().filter(region -> !known.contains(region)).findFirst().ifPresent(region -> {
			throw Refusal.notFound("regions", region);
		});
		if (!manages(role, regions)) {
			String outside = regions.stream().filter(r -> !access.allows(r, Permission.MANAGE_USERS)).findFirst()
				.orElse(null);
			access.denied(outside, Permission.MANAGE_USERS);
			throw outside == null ? new Refusal(HttpStatus.FORBIDDEN, "Forbidden", "roleNotAssignable", role).field("role")
					: new AccessDenied(CurrentUser.name(), outside, Permission.MANAGE_USERS);
		}
		return regions;
	}

	private void audit(String action, UserView user, String detail) {
		events.publishEvent(new AccountChanged(action, user.username(), Set.copyOf(user.regions()), detail));
	}

}
