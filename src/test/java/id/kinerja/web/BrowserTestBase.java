package id.kinerja.web;

import id.kinerja.support.BrowserAvailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser test: a fresh headless Chromium per test against the shared app. Every page it opened must have
 * worked under the Content-Security-Policy: a test fails when the browser refused anything.
 */
@BrowserAvailable
abstract class BrowserTestBase extends WebTestBase {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void start() {
		browser = new Browser(port);
	}

	@AfterEach
	void stop() {
		try {
			assertThat(browser.policyViolations()).as("refused by the Content-Security-Policy").isEmpty();
		}
		finally {
			browser.close();
		}
	}

}
