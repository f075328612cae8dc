package id.kinerja.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords: 12 characters or more, not the user name, not common or easily guessed (zxcvbn). */
class PasswordRulesTests {

	final PasswordRules rules = new PasswordRules();

	@Test
	void tooShortIsRefusedWhateverElse() {
		assertThat(rules.problem("siti", null, "Kx9#vQ2!mZ")).contains("passwordTooShort");
		assertThat(rules.problem("siti", null, null)).contains("passwordTooShort");
	}

	@Test
	void theUserNameIsRefusedInAnyCase() {
		assertThat(rules.problem("makassar.analis", null, "Makassar.Analis2026")).contains("passwordHasUserName");
	}

	@Test
	void commonAndGuessablePasswordsAreRefused() {
		assertThat(rules.problem("siti", null, "password1234")).contains("passwordCommon");
		assertThat(rules.problem("siti", null, "qwertyuiop123")).contains("passwordCommon");
		assertThat(rules.problem("siti", null, "aaaaaaaaaaaaaa")).contains("passwordCommon");
		assertThat(rules.problem("siti", null, "123456789012")).contains("passwordCommon");
		// the display name counts as a known word
		assertThat(rules.problem("s.rahma", "Siti Rahmawati", "rahmawati.siti")).contains("passwordCommon");
	}

	@Test
	void unrelatedWordsAndRandomTextAreAccepted() {
		assertThat(rules.problem("siti", null, "kapal-layar-merah-di-teluk")).isEmpty();
		assertThat(rules.problem("siti", null, Secrets.temporaryPassword())).isEmpty();
	}

}
