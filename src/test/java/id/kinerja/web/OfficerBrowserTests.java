package id.kinerja.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy officer in a real browser: signs in, opens a region file, introduces an error and sees it at
 * its line, keeps the draft across a reload, fixes it, validates, publishes, sees the new version, its diff
 * and the audit log's entry; in Makassar the change waits for a second officer, who approves it.
 */
class OfficerBrowserTests extends BrowserTestBase {

	private static final String MEDAN_FILE = "policies/medan/medan.drl";

	/** A rule whose pattern names a field the fact model does not have: line 4 of this text. */
	private static final String BROKEN = """

			rule "Apresiasi: masa kerja panjang"
			when
			    Employee( $nip : nip, masaKerja > 20 )
			then
			    insert( new Award( $nip, "MASA_KERJA", "Apresiasi masa kerja" ) );
			end
			""";

	@Test
	void officerFixesAMistakeAndPublishes() throws Exception {
		String original = Files.readString(ROOT.resolve(MEDAN_FILE));
		browser.signIn("medan.kebijakan");
		browser.open("/policies/medan");
		String before = browser.text("#active-version");
		browser.screenshot("policy-overview");
		browser.driver.findElement(By.linkText(MEDAN_FILE)).click();
		browser.until(d -> d.findElements(By.cssSelector(".CodeMirror")).size() > 0);
		assertThat(browser.find(".CodeMirror-gutters").isDisplayed()).as("line numbers").isTrue();

		// the editor falls back to the plain textarea, which is the form field
		browser.find("#toggle-editor").click();
		browser.fill("#content", original + BROKEN);
		browser.find("#validate").click();
		int brokenLine = (int) original.lines().count() + 4;
		String problems = browser.until(d -> d.findElement(By.id("problems"))).getText();
		assertThat(problems).contains("Baris " + brokenLine).contains("masaKerja");
		browser.screenshot("editor-problem");

		// a reload shows the draft kept in this browser, not the active file
		browser.open("/policies/medan/file?path=" + MEDAN_FILE);
		assertThat(browser.find("#restored").isDisplayed()).isTrue();
		assertThat(browser.find("#content").getAttribute("value")).contains("masaKerja");

		browser.fill("#content", original + "\n// masa kerja dibahas lagi tahun depan\n");
		browser.find("#validate").click();
		assertThat(browser.until(d -> d.findElement(By.id("valid"))).getText()).contains("Draf valid");
		browser.find("#comment").sendKeys("catatan masa kerja");
		browser.find("#publish").click();
		String published = browser.until(d -> d.findElement(By.id("published"))).getText();
		String after = browser.text("#active-version");
		assertThat(after).isNotEqualTo(before);
		assertThat(published).contains(after);
		assertThat(Files.readString(ROOT.resolve(MEDAN_FILE))).contains("masa kerja dibahas lagi");
		assertThat(Path.of(MEDAN_FILE)).as("the repository's file is never changed")
			.content().doesNotContain("masa kerja dibahas lagi");

		// published: the draft is gone from the browser
		browser.open("/policies/medan/file?path=" + MEDAN_FILE);
		assertThat(browser.find("#restored").isDisplayed()).isFalse();
		comparesThePublishedVersionWithTheOneBefore();
		findsThePublicationInTheAuditLog();
	}

	/** The history's form compares the two newest versions unless told otherwise. */
	private void comparesThePublishedVersionWithTheOneBefore() {
		browser.open("/policies/medan/history?path=" + MEDAN_FILE);
		browser.find("#diff-form button[type=submit]").click();
		String diff = browser.until(d -> d.findElement(By.id("diff"))).getText();
		assertThat(diff).contains("+// masa kerja dibahas lagi tahun depan");
		browser.screenshot("version-diff");
	}

	private void findsThePublicationInTheAuditLog() {
		browser.open("/audit");
		assertThat(browser.text("#audit tbody tr")).contains("medan.kebijakan").contains("Kebijakan diterbitkan");
		browser.screenshot("audit-log");
	}

	@Test
	void makassarWaitsForASecondOfficer() {
		String path = "policies/makassar/dinkes/parameters.yml";
		browser.signIn("makassar.kebijakan");
		browser.open("/policies/makassar/file?path=" + path);
		browser.find("#toggle-editor").click();
		String content = browser.find("#content").getAttribute("value");
		browser.fill("#content", content + "\n# ditinjau ulang\n");
		browser.find("#comment").sendKeys("tinjauan parameter Dinkes");
		browser.find("#publish").click();
		assertThat(browser.until(d -> d.findElement(By.id("waiting"))).getText()).contains("menunggu persetujuan");
		String change = browser.driver.getCurrentUrl();
		assertThat(browser.driver.findElements(By.id("approve"))).as("the author cannot approve").isEmpty();
		browser.signOut();

		browser.signIn("makassar.kebijakan2");
		browser.driver.get(change);
		browser.find("#decision-comment").sendKeys("sudah dicek");
		browser.find("#approve").click();
		assertThat(browser.until(d -> d.findElement(By.id("published"))).getText()).contains("sekarang aktif");
	}

	@Test
	void pagesSpeakIndonesianOrEnglish() {
		browser.signIn("medan.kebijakan");
		browser.open("/policies/medan/file?path=" + MEDAN_FILE);
		assertThat(browser.text("#validate")).isEqualTo("Validasi");
		assertThat(browser.text("#publish")).isEqualTo("Publikasi");
		browser.driver.findElement(By.linkText("English")).click();
		assertThat(browser.until(d -> d.findElement(By.id("validate"))).getText()).isEqualTo("Validate");
		browser.open("/policies/medan");
		assertThat(browser.text("h1")).startsWith("Policy of");
		browser.screenshot("policy-overview-en");
		browser.driver.findElement(By.linkText("Bahasa Indonesia")).click();
		assertThat(browser.until(d -> d.findElement(By.tagName("h1"))).getText()).startsWith("Kebijakan");
	}

	@Test
	void aCaseTableEditedAsATableSurvivesAReload() {
		String cases = "policies/medan/medan.cases.csv";
		browser.signIn("medan.kebijakan");
		browser.open("/policies/medan/file?path=" + cases);
		WebElement cell = browser.find("#case-table input[name=cell]");
		cell.clear();
		cell.sendKeys("kasus yang belum diterbitkan");

		browser.driver.navigate().refresh();

		browser.until(d -> d.findElement(By.id("table-draft")).isDisplayed());
		String text = (String) ((JavascriptExecutor) browser.driver)
			.executeScript("return document.getElementById('content').value;");
		assertThat(text).startsWith("#").contains("kasus yang belum diterbitkan");
		assertThat(browser.find("#case-table-form").isDisplayed()).isFalse();
		browser.find("#discard-draft").click();
		assertThat(browser.find("#case-table-form").isDisplayed()).isTrue();
	}

	@Test
	void pagesFitAPhone() {
		browser.signIn("medan.kebijakan");
		browser.resize(390, 844);
		// the editor last: the screenshot is of it
		for (String page : new String[] { "/", "/policies/medan", "/audit", "/policies/medan/file?path=" + MEDAN_FILE }) {
			browser.open(page);
			assertThat(browser.overflowsHorizontally()).as(() -> page + " " + browser.overflowing()).isFalse();
		}
		browser.screenshot("phone-policy-editor");
	}

}
