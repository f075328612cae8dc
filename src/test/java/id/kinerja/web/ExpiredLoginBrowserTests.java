package id.kinerja.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/** A login that expires while an officer edits a file: sign in again, back on the file, the draft still there. */
class ExpiredLoginBrowserTests extends BrowserTestBase {

	private static final String FILE = "/policies/medan/file?path=policies/medan/medan.drl";

	@Test
	void aDraftOutlivesAnExpiredLogin() {
		browser.signIn("medan.kebijakan");
		browser.open(FILE);
		browser.find("#toggle-editor").click();
		String draft = browser.find("#content").getAttribute("value") + "\n// draf sebelum sesi berakhir\n";
		browser.fill("#content", draft);

		// the server no longer knows the browser's session, as after a timeout or a restart
		browser.driver.manage().deleteCookieNamed("JSESSIONID");
		browser.driver.manage().addCookie(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF"));
		browser.find("#validate").click();

		assertThat(browser.until(d -> d.findElement(By.id("expired"))).getText()).contains("Sesi Anda sudah berakhir");
		browser.find("#username").sendKeys("medan.kebijakan");
		browser.find("#password").sendKeys("medan.kebijakan");
		browser.find("#login-form button[type=submit]").click();

		browser.until(d -> d.findElements(By.id("restored")).size() > 0);
		assertThat(browser.driver.getCurrentUrl()).endsWith(FILE);
		assertThat(browser.find("#restored").isDisplayed()).isTrue();
		assertThat(browser.find("#content").getAttribute("value")).contains("draf sebelum sesi berakhir");
	}

}
