package id.kinerja.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HR analyst in a real browser: starts a run, reads its results, an employee's explanation, the award
 * candidates and the training plan, proposes a calibration; runs a what-if with one changed weight and reads
 * its migration matrix.
 */
class AnalystBrowserTests extends BrowserTestBase {

	@Test
	void analystRunsAnEvaluationAndReadsAnExplanation() {
		browser.signIn("makassar.analis");
		assertThat(browser.driver.findElements(By.linkText("Log audit"))).as("no audit log for analysts").isEmpty();
		String run = startsARunForDinkes();
		readsTheBestResultsExplanation();
		readsAwardCandidates(run);
		readsTheTrainingPlan(run);
		proposesACalibration(run);
	}

	/** Answers the run's address once its page shows the spread against the curve. */
	private String startsARunForDinkes() {
		browser.startRun("makassar", "dinkes", "2025");
		assertThat(browser.text("#curves")).contains("dinkes").contains("Sangat Baik");
		browser.screenshot("evaluation-run");
		return browser.driver.getCurrentUrl();
	}

	/** Makassar's policy has no final score, so the best come first by predikat. */
	private void readsTheBestResultsExplanation() {
		new Select(browser.find("#f-sort")).selectByValue("PREDIKAT");
		new Select(browser.find("#f-desc")).selectByValue("false");
		browser.find("#results-filter button[type=submit]").click();
		browser.until(d -> d.getCurrentUrl().contains("sort=PREDIKAT"));
		assertThat(browser.find("#results th[aria-sort=ascending]").getText()).isEqualTo("Predikat");
		assertThat(browser.text("#results tbody tr")).contains("Sangat Baik");
		browser.scrollTo("#curves + h2");
		browser.screenshot("run-results");

		browser.find("#results tbody tr td a").click();
		String explanation = browser.until(d -> d.findElement(By.id("explanation"))).getText();
		assertThat(explanation).contains("Nasional").contains("rules/predikat.drl").contains("Predikat:");
		browser.screenshot("explanation");
	}

	private void readsAwardCandidates(String run) {
		browser.driver.get(run);
		browser.find("#run-links a").click();
		browser.until(d -> d.getCurrentUrl().endsWith("/awards"));
		assertThat(browser.text("main")).contains("Calon penerima penghargaan").contains("Hampir memenuhi");
		assertThat(browser.driver.findElements(By.cssSelector("table.near-misses tbody tr")))
			.as("someone in dinkes nearly gets an award").isNotEmpty();
		browser.screenshot("award-candidates");
	}

	private void readsTheTrainingPlan(String run) {
		browser.driver.get(run + "/training");
		assertThat(browser.text("h1")).startsWith("Rencana pelatihan");
		assertThat(browser.text("#plan-summary")).contains("JP");
		assertThat(browser.text("#plan tbody tr")).startsWith("dinkes");
		browser.screenshot("training-plan");
	}

	/** The proposal moves people one level down until dinkes meets its curve; nothing is decided yet. */
	private void proposesACalibration(String run) {
		browser.driver.get(run + "/calibrations");
		browser.find("#propose").click();
		browser.until(d -> d.getCurrentUrl().matches(".*/calibrations/\\d+"));
		assertThat(browser.text("h1")).startsWith("Usulan kalibrasi");
		assertThat(browser.text("main")).contains("Temuan kurva menurut usulan");
		assertThat(browser.driver.findElements(By.cssSelector("table.moves tbody tr"))).isNotEmpty();
		browser.screenshot("calibration");
	}

	@Test
	void analystRunsAWhatIfWithOneChangedWeight() {
		browser.signIn("makassar.analis");
		browser.open("/whatif/new?region=makassar");
		browser.find("#agency-dinkes").click();
		// Makassar weighs the supervisor 50, peers 30, self 20: the supervisor's weight goes up, the peers' down
		browser.driver.findElement(By.id("override-perilaku.bobot.atasan")).sendKeys("80");
		browser.driver.findElement(By.id("override-perilaku.bobot.rekan")).sendKeys("0");
		browser.find("#run-whatif").click();
		WebElement matrix = browser.until(d -> d.findElements(By.id("matrix")).isEmpty() ? null : d.findElement(By.id("matrix")));
		browser.screenshot("whatif");
		List<WebElement> cells = matrix.findElements(By.cssSelector("tbody td"));
		int total = cells.stream().mapToInt(cell -> Integer.parseInt(cell.getText())).sum();
		int moved = cells.stream().filter(cell -> !cell.getAttribute("data-from").equals(cell.getAttribute("data-to")))
			.mapToInt(cell -> Integer.parseInt(cell.getText())).sum();
		String summary = browser.text("#summary");
		assertThat(summary).contains(total + " pegawai dievaluasi");
		assertThat(moved).as("someone changes predikat when the supervisor weighs more").isPositive();
		assertThat(browser.driver.findElements(By.cssSelector("#changes tbody tr"))).isNotEmpty();
		assertThat(browser.text("#changes")).contains("→");
	}

}
