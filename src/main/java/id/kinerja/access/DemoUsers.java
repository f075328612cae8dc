package id.kinerja.access;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo users (the password of each is its user name) when there are no users yet. It runs
 * when the application is ready, after the demo data loader: the users' regions must exist by then.
 * On by default with the demo data; {@code kinerja.demo.users} turns it on or off alone.
 */
@Component
@ConditionalOnExpression("${kinerja.demo.users:${kinerja.demo.enabled:true}}")
public class DemoUsers {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "Administrator", Role.ADMIN),
			new DemoUser("auditor", "Inspektorat", Role.AUDITOR),
			new DemoUser("makassar.kebijakan", "Analis Kebijakan BKPSDM Makassar", Role.POLICY_OFFICER, "makassar"),
			new DemoUser("makassar.kebijakan2", "Analis Kebijakan BKPSDM Makassar (pemeriksa)", Role.POLICY_OFFICER,
					"makassar"),
			new DemoUser("medan.kebijakan", "Analis Kebijakan BKPSDM Medan", Role.POLICY_OFFICER, "medan"),
			new DemoUser("mamuju.kebijakan", "Analis Kebijakan BKPSDM Mamuju", Role.POLICY_OFFICER, "mamuju"),
			new DemoUser("tanjungpinang.kebijakan", "Analis Kebijakan BKPSDM Tanjungpinang", Role.POLICY_OFFICER,
					"tanjungpinang"),
			new DemoUser("makassar.analis", "Analis SDM Makassar", Role.HR_ANALYST, "makassar"),
			new DemoUser("medan.analis", "Analis SDM Medan", Role.HR_ANALYST, "medan"));

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	DemoUsers(Accounts accounts, PasswordEncoder passwords, JdbcClient jdbc) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	/** A demo user as the login page lists it: name, role and regions (none for a role of all regions). */
	public record Listed(String name, String role, List<String> regions) {
	}

	/** The demo users, for the login page; it lists them only where they exist. */
	public List<Listed> listed() {
		return USERS.stream().map(user -> new Listed(user.username(), user.role().name(), List.of(user.regions())))
			.toList();
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	@Transactional
	public void write() {
		if (accounts.count() > 0) {
			log.info("Demo users not written: users already exist");
			return;
		}
		Set<String> regions = Set.copyOf(jdbc.sql("select id from region").query(String.class).list());
		for (DemoUser user : USERS) {
			accounts.save(user.account(passwords, regions));
		}
		log.info("Demo users written: {} (password: the user name)",
				USERS.stream().map(DemoUser::username).collect(Collectors.joining(", ")));
	}

	/** A demo user whose password is its name. */
	record DemoUser(String username, String displayName, Role role, String... regions) {

		/** The account, scoped to those of its regions that exist. */
		Account account(PasswordEncoder passwords, Set<String> existing) {
			Set<String> scope = Set.of(regions).stream().filter(existing::contains).collect(Collectors.toSet());
			return new Account(username, passwords.encode(username), displayName, role, scope);
		}

	}

}
