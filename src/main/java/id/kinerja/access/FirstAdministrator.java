package id.kinerja.access;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without users, writes the administrator named by {@code KINERJA_ADMIN_USER} with
 * {@code KINERJA_ADMIN_PASSWORD}. A weak or missing password stops the start with the reason, before the
 * server takes requests; without either, the log says that nobody can sign in. It runs after the demo users
 * (which, where the demo is on, fill the table first).
 */
@Component
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AdminSettings settings;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	FirstAdministrator(AdminSettings settings, Accounts accounts, PasswordEncoder passwords, PasswordRules rules) {
		this.settings = settings;
		this.accounts = accounts;
		this.passwords = passwords;
		if (settings.given()) {
			rules.problem(settings.user(), null, settings.password()).ifPresent(problem -> {
				throw new IllegalStateException("KINERJA_ADMIN_PASSWORD is refused (" + problem + "): it needs at least "
						+ PasswordRules.MINIMUM_LENGTH + " characters, must not contain the user name and must not be"
						+ " a common or easily guessed password");
			});
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	@Transactional
	public void write() {
		if (accounts.count() > 0) {
			return;
		}
		if (!settings.given()) {
			log.warn("There are no users, so nobody can sign in: start once with KINERJA_ADMIN_USER and"
					+ " KINERJA_ADMIN_PASSWORD to create the first administrator");
			return;
		}
		String hash = passwords.encode(settings.password());
		Account admin = new Account(settings.user().strip(), hash, "Administrator", Role.ADMIN, Set.of());
		admin.setPassword(hash, !settings.keepPassword());
		accounts.save(admin);
		log.info("First administrator '{}' written{}", admin.getUsername(),
				settings.keepPassword() ? "" : "; the password must be changed at the first sign-in");
	}

}
