package id.kinerja.web;

import java.io.IOException;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.print.PrintOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official documents in a real browser: an HR analyst opens an employee's Dokumen Evaluasi Kinerja
 * Pegawai from the result page and prints it (Chromium's own print to PDF, under the print style sheet),
 * in Bahasa Indonesia and in English, then the agency's recapitulation from the run page; another region's
 * analyst finds no such document.
 */
class DocumentBrowserTests extends BrowserTestBase {

	@Test
	void analystPrintsAnEmployeesDocumentAndTheRecap() throws IOException {
		browser.signIn("makassar.analis");
		browser.startRun("makassar", "dinkes", "2025");
		String run = browser.driver.getCurrentUrl();
		browser.find("#results tbody tr td a").click();
		String nip = browser.until(d -> d.findElement(By.cssSelector("h1 small span"))).getText();
		String name = browser.text("h1 > span");
		String predikat = browser.text("#predikat");

		browser.find("#document-link").click();
		browser.until(d -> d.findElement(By.id("document")));
		String document = browser.driver.getCurrentUrl();
		assertThat(browser.text("#document")).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", nip, name, predikat,
				"Pejabat Penilai Kinerja");
		pressesPrint();
		assertThat(printed()).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "NIP " + nip, name,
				"Predikat kinerja pegawai " + predikat, "kebijakan versi").doesNotContain("Unduh PDF", "Cetak");
		browser.screenshot("employee-document");

		browser.driver.findElement(By.linkText("English")).click();
		browser.until(d -> d.getCurrentUrl().contains("lang=en"));
		assertThat(printed()).contains("EMPLOYEE PERFORMANCE EVALUATION DOCUMENT", "NIP " + nip, name,
				"Employee's predikat kinerja", "Assessing Official").doesNotContain("Download PDF");

		browser.driver.get(run + "?lang=id");
		browser.find("#curves article[data-agency=dinkes] .recap-link").click();
		browser.until(d -> d.findElement(By.id("employees")));
		assertThat(browser.text("#employees")).contains(nip, name);
		assertThat(printed()).contains("REKAPITULASI PREDIKAT KINERJA PEGAWAI", nip + " " + name, "Kepala ");

		// another region's analyst: the document answers as an unknown run would (the document pages have no
		// header of the app, so the analyst signs out from the run's page)
		browser.driver.get(run);
		browser.signOut();
		browser.signIn("medan.analis");
		browser.driver.get(document);
		assertThat(browser.text("main")).contains("404").doesNotContain(name);
	}

	/** The print button opens the browser's print dialog: here a stand-in records that it was asked for. */
	private void pressesPrint() {
		((JavascriptExecutor) browser.driver)
			.executeScript("window.print = function () { document.body.setAttribute('data-printed', 'yes'); };");
		browser.find("#print").click();
		assertThat(browser.find("body").getDomAttribute("data-printed")).isEqualTo("yes");
	}

	/** The page as Chromium prints it (Page.printToPDF), read back as text with its white space folded. */
	private String printed() throws IOException {
		byte[] pdf = Base64.getDecoder().decode(browser.driver.print(new PrintOptions()).getContent());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
