package id.kinerja.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People in the browser: an administrator creates a user, who must change the temporary password before
 * anything else, creates an API token and loses the session when disabled; wrong passwords lock the login.
 */
class PeopleBrowserTests extends BrowserTestBase {

	static final String NEW_PASSWORD = "perahu-pinisi-berlayar-jauh";

	@Test
	void aCreatedUserChangesItsTemporaryPasswordAndIsLockedOutWhenDisabled() {
		String temporary = createUser("uji.peramban", "makassar");

		try (Browser user = new Browser(port)) {
			user.signIn("uji.peramban", temporary);
			assertThat(user.driver.getCurrentUrl()).endsWith("/account/password");
			assertThat(user.text("#must-change")).contains("kata sandi sementara");
			user.open("/evaluations");
			assertThat(user.driver.getCurrentUrl()).as("nothing else first").endsWith("/account/password");
			changePassword(user, temporary, "12345678901234");
			assertThat(user.text("#new-password-error")).contains("terlalu umum");
			changePassword(user, temporary, NEW_PASSWORD);
			user.until(d -> d.getCurrentUrl().contains("/account?passwordChanged"));
			user.find("#token-name").sendKeys("laporan bulanan");
			user.find("#create-token").click();
			String secret = user.until(d -> user.text("#token-secret"));
			assertThat(secret).startsWith("knj_");
			assertThat(user.text("#tokens")).contains("laporan bulanan");
			user.open("/evaluations");
			assertThat(user.driver.findElements(By.id("run-form"))).isNotEmpty();
			user.screenshot("account-token");
			assertThat(user.policyViolations()).isEmpty();

			browser.open("/users");
			assertThat(browser.text("#users")).contains("uji.peramban");
			browser.open("/users/uji.peramban");
			browser.find("#disable-user").click();
			browser.until(d -> browser.text("#user-state").equals("nonaktif"));

			user.open("/evaluations");
			user.until(d -> d.findElements(By.id("login-form")).size() > 0);
			user.submitLogin("uji.peramban", NEW_PASSWORD);
			String refused = user.until(d -> user.text("p.alert.error"));
			assertThat(refused).contains("salah");
		}
	}

	@Test
	void wrongPasswordsLockTheLoginPageEvenForTheRightOne() {
		String temporary = createUser("uji.terkunci", "medan");
		for (int i = 0; i < 5; i++) {
			browser.submitLogin("uji.terkunci", "tebakan-ke-" + i);
			browser.until(d -> d.findElements(By.cssSelector("p.alert.error")).size() > 0);
		}

		browser.submitLogin("uji.terkunci", temporary);

		String throttled = browser.until(d -> browser.text("#throttled"));
		assertThat(throttled).contains("Terlalu banyak percobaan masuk");
		browser.screenshot("login-throttled");
	}

	/** Creates the user as the administrator in the pages; returns its temporary password. */
	private String createUser(String username, String region) {
		browser.signIn("admin");
		browser.open("/users");
		browser.find("#user-username").sendKeys(username);
		browser.find("#user-display-name").sendKeys("Uji " + username);
		new Select(browser.find("#user-role")).selectByValue("HR_ANALYST");
		browser.find("input[name=regions][value=" + region + "]").click();
		browser.find("#create-user").click();
		String temporary = browser.until(d -> browser.text("#temporary-secret"));
		browser.screenshot("user-created");
		assertThat(browser.text("#user-state")).isEqualTo("kata sandi sementara");
		return temporary;
	}

	private static void changePassword(Browser user, String current, String next) {
		user.find("#current-password").sendKeys(current);
		user.find("#new-password").sendKeys(next);
		user.find("#confirmation").sendKeys(next);
		user.find("#change-password").click();
	}

}
