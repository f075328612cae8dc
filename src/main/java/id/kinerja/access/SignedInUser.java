package id.kinerja.access;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of an authenticated request: the account's role and regions besides its name. */
class SignedInUser extends User {

	private final Role role;

	private final Set<String> regions;

	SignedInUser(Account account) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.role = account.getRole();
		this.regions = account.getRegions();
	}

	Role role() {
		return role;
	}

	Set<String> regions() {
		return regions;
	}

}
