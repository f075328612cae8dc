package id.kinerja.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import id.kinerja.policy.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7's test of done, in a real browser and in Bahasa Indonesia: a policy officer of Makassar changes a
 * 360 weight of the Dinkes policy, sees the mistake at its line, fixes it and publishes; a second officer
 * approves; the next run of Dinkes uses the new version.
 */
class WeightChangeBrowserTests extends BrowserTestBase {

	private static final String PATH = "policies/makassar/dinkes/parameters.yml";

	@Autowired
	Policies policies;

	private String original;

	@Test
	void aWeightChangedInDinkesIsUsedByTheNextRun() throws IOException {
		original = Files.readString(ROOT.resolve(PATH));
		browser.signIn("makassar.kebijakan");
		browser.open("/policies/makassar/file?path=" + PATH);
		browser.find("#toggle-editor").click();

		// the supervisor's weight raised alone: the four 360 weights no longer make 100
		browser.fill("#content", original + "\nperilaku.bobot.atasan: 70\n");
		browser.find("#validate").click();
		int line = (int) original.lines().count() + 2;
		assertThat(browser.until(d -> d.findElement(By.id("problems"))).getText()).contains("Baris " + line)
			.contains("perilaku.bobot");

		browser.fill("#content", original + "\nperilaku.bobot.atasan: 60\nperilaku.bobot.rekan: 20\n");
		browser.find("#validate").click();
		assertThat(browser.until(d -> d.findElement(By.id("valid"))).getText()).contains("Draf valid");
		browser.find("#comment").sendKeys("Dinkes: atasan 60, rekan 20");
		browser.find("#publish").click();
		browser.until(d -> d.findElement(By.id("waiting")));
		String change = browser.driver.getCurrentUrl();
		browser.signOut();

		browser.signIn("makassar.kebijakan2");
		browser.driver.get(change);
		browser.find("#decision-comment").sendKeys("bobot Dinkes disetujui");
		browser.find("#approve").click();
		browser.until(d -> d.findElement(By.id("published")));
		String version = browser.text("#active-version");
		browser.signOut();

		browser.signIn("makassar.analis");
		browser.startRun("makassar", "dinkes", "2025");
		assertThat(browser.text("main")).contains("kebijakan versi " + version);
	}

	/** Other tests share this app and expect Dinkes' own policy. */
	@AfterEach
	void restore() {
		if (original != null) {
			policies.publish("makassar", Map.of(PATH, original), published -> {
			});
		}
	}

}
