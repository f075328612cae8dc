package id.kinerja.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of an authenticated request: the account's role and regions besides its name; signed in
 * with an API token, also the permissions the token is limited to (at most the role's).
 */
class SignedInUser extends User {

	private final Role role;

	private final Set<String> regions;

	private final Set<Permission> permissions;

	private final boolean mustChangePassword;

	private final boolean viaToken;

	SignedInUser(Account account) {
		this(account, account.getRole().permissions(), false);
	}

	/** Signed in with a token holding these permissions: the role's current ones limit them. */
	SignedInUser(Account account, Set<Permission> permissions, boolean viaToken) {
		super(account.getUsername(), viaToken ? "" : account.getPasswordHash(), account.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.role = account.getRole();
		this.regions = account.getRegions();
		this.permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
		this.mustChangePassword = account.mustChangePassword();
		this.viaToken = viaToken;
	}

	Role role() {
		return role;
	}

	Set<String> regions() {
		return regions;
	}

	/** Whether the role holds the permission and, signed in with a token, the token too. */
	boolean holds(Permission permission) {
		return role.has(permission) && permissions.contains(permission);
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	boolean viaToken() {
		return viaToken;
	}

}
