package id.kinerja.access;

import java.util.List;

import id.kinerja.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo users as stored: hashed passwords, roles and regions. */
@ApiTest
class UsersTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void passwordsAreStoredAsBcryptHashesNeverAsText(@Autowired PasswordEncoder passwords) {
		List<Stored> users = jdbc.sql("select username, password_hash from app_user").query(Stored.class).list();

		assertThat(users).extracting(Stored::username)
			.containsExactlyInAnyOrderElementsOf(DemoUsers.USERS.stream().map(DemoUsers.DemoUser::username).toList());
		assertThat(users).allSatisfy(user -> {
			assertThat(user.passwordHash()).startsWith("{bcrypt}$2").doesNotContain(user.username());
			assertThat(passwords.matches(user.username(), user.passwordHash())).isTrue();
		});
		assertThat(users).extracting(Stored::passwordHash).doesNotHaveDuplicates();
	}

	@Test
	void scopedUsersHaveTheirRegionsAndTheOthersNone(@Autowired UserDetailsService service) {
		SignedInUser officer = (SignedInUser) service.loadUserByUsername("makassar.kebijakan2");
		SignedInUser auditor = (SignedInUser) service.loadUserByUsername("auditor");

		assertThat(officer.role()).isEqualTo(Role.POLICY_OFFICER);
		assertThat(officer.regions()).containsExactly("makassar");
		assertThat(officer.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_POLICY_OFFICER");
		assertThat(auditor.role().allRegions()).isTrue();
		assertThat(auditor.regions()).isEmpty();
	}

	record Stored(String username, String passwordHash) {
	}

}
