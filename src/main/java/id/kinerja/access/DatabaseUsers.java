package id.kinerja.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the {@code app_user} table. */
@Service
class DatabaseUsers implements UserDetailsService {

	private final Accounts accounts;

	DatabaseUsers(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
	}

}
