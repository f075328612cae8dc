package id.kinerja.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy in Chromium: the browser refuses inline code (so the check of every browser
 * test can fail), and the pages, htmx, the editor and Swagger UI work under it.
 */
class PolicyBrowserTests extends BrowserTestBase {

	@Test
	void theBrowserRefusesInlineCodeAndTheChecksSeeIt() {
		browser.open("/login");
		((JavascriptExecutor) browser.driver).executeScript("""
				const s = document.createElement('script'); s.textContent = 'window.injected = true;';
				document.body.appendChild(s);
				document.body.setAttribute('style', 'color: red');""");

		assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.injected === true")).isEqualTo(false);
		assertThat(browser.policyViolations()).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(message -> assertThat(message).contains("violates the following Content Security Policy"));
	}

	@Test
	void everyMainPageWorksUnderThePolicy() {
		browser.signIn("admin");
		for (String page : List.of("/", "/policies", "/policies/makassar", "/evaluations", "/whatif",
				"/whatif/new?region=makassar", "/audit", "/policies/makassar/file?path=policies/makassar/makassar.drl")) {
			browser.open(page);
			browser.until(d -> d.findElements(By.id("main")).size() > 0);
			assertThat(browser.policyViolations()).as(page).isEmpty();
		}
		browser.startRun("makassar", "dinkes", "2025");
		assertThat(browser.driver.findElements(By.cssSelector("#curves svg rect.bar"))).isNotEmpty();
		assertThat(browser.policyViolations()).as("a run with its charts").isEmpty();
	}

	/** Swagger UI's bundle sets styles inline: its pages alone allow that (scripts stay the app's own). */
	@Test
	void swaggerUiWorksUnderItsPolicy() {
		browser.open("/swagger-ui/index.html");
		browser.until(d -> d.findElements(By.cssSelector(".opblock-tag")).size() > 0);

		assertThat(browser.policyViolations()).isEmpty();
	}

}
