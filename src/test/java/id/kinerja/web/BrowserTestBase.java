package id.kinerja.web;

import id.kinerja.support.BrowserAvailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test: a fresh headless Chromium per test against the shared app. */
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
		browser.close();
	}

}
