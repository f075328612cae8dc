package id.kinerja.web;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region going live in the browser: an administrator creates Kota Parepare and its agencies, then imports
 * its staff: a dry run with errors shows every bad row, the corrected file's dry run shows the counts, and
 * the apply writes them.
 */
class ImportBrowserTests extends BrowserTestBase {

	private static final Path FILES = Path.of("src/test/resources/import").toAbsolutePath();

	@Test
	void aDryRunWithErrorsThenTheCorrectedFileThenTheApply() {
		browser.signIn("admin");
		browser.open("/regions");
		browser.find("#region-id").sendKeys("parepare");
		browser.find("#region-bps").sendKeys("7372");
		browser.find("#region-name").sendKeys("Kota Parepare");
		new Select(browser.find("#region-zone")).selectByValue("WITA");
		browser.find("#create-region").click();
		browser.until(d -> textOf("agency-form") != null);
		assertThat(browser.text("h1")).isEqualTo("Kota Parepare");
		browser.find("#agency-code").sendKeys("dinkes");
		browser.find("#agency-name").sendKeys("Dinas Kesehatan");
		browser.find("#add-agency").click();
		browser.until(d -> String.valueOf(textOf("agencies")).contains("dinkes"));

		browser.open("/imports/parepare");
		upload("opd", "opd.csv");
		apply();

		upload("pegawai", "pegawai-salah.csv");
		assertThat(browser.text("#import-outcome")).contains("ditolak");
		assertThat(browser.text("#import-errors")).contains("digit 1-8 NIP bukan tanggal lahir YYYYMMDD yang ada")
			.contains("OPD ini tidak ada di wilayah parepare");
		assertThat(browser.driver.findElements(By.id("apply"))).isEmpty();
		browser.scrollTo("#import-outcome");
		browser.screenshot("import-errors");

		upload("pegawai", "pegawai.csv");
		assertThat(browser.text("#import-outcome")).contains("Uji coba pegawai.csv bersih");
		assertThat(browser.text("#import-counts")).contains("Baru\n6");
		apply();
		assertThat(browser.text("#import-counts")).contains("Baru\n6");

		browser.open("/imports/parepare");
		assertThat(browser.text("#import-history")).contains("pegawai.csv").contains("Diterapkan").contains("Ditolak")
			.contains("WITA");
	}

	/** Chooses the kind and the file and sends a dry run; waits for its outcome. */
	private void upload(String kind, String file) {
		new Select(browser.find("#import-kind")).selectByValue(kind);
		browser.find("#import-file").sendKeys(FILES.resolve(file).toString());
		browser.find("#dry-run").click();
		browser.until(d -> outcome().contains(file));
	}

	private void apply() {
		browser.find("#apply").click();
		browser.until(d -> outcome().contains("diterapkan"));
	}

	/** The outcome's text as it is now; htmx replaces the element while the job runs. */
	private String outcome() {
		return String.valueOf(textOf("import-outcome"));
	}

	/** An element's text as it is now, null while there is none: pages and fragments replace elements under us. */
	private String textOf(String id) {
		return (String) browser.driver.executeScript(
				"const e = document.getElementById(arguments[0]); return e ? e.textContent : null;", id);
	}

}
