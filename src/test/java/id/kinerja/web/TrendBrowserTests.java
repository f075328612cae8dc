package id.kinerja.web;

import java.time.Duration;
import java.util.List;

import id.kinerja.demo.DemoRuns;
import id.kinerja.evaluation.OfficialRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Medan's real-time monitoring in a real browser: the demo's runs of Dinkes Medan (month, quarter, year), then
 * an employee's and the agency's trend drawn by Chart.js, served by the app, over a table of the same figures.
 */
class TrendBrowserTests extends BrowserTestBase {

	@Autowired
	DemoRuns demoRuns;

	@Autowired
	OfficialRuns runs;

	@Autowired
	JdbcTemplate jdbc;

	/** The demo's runs, the newest of each period; started once for the shared context. */
	static List<Long> demo;

	@BeforeEach
	void startTheDemoRuns() {
		if (demo == null) {
			demo = demoRuns.start();
			demo.forEach(run -> assertThat(runs.await(run, Duration.ofMinutes(5)).status()).isEqualTo("DONE"));
		}
	}

	@Test
	void anEmployeesTrendIsAChartOfItsRunsOverATable() {
		browser.signIn("medan.analis");
		browser.open("/evaluations/" + demo.get(2));
		browser.find("#results tbody tr td a").click();
		browser.until(d -> d.findElement(By.id("employee-trend"))).click();
		browser.until(d -> d.findElements(By.id("trend-table")).size() > 0);

		assertDrawnFromTheApp();
		List<WebElement> rows = browser.driver.findElements(By.cssSelector("#trend-table tbody tr"));
		assertThat(rows).extracting(row -> row.findElement(By.tagName("th")).getText())
			.containsExactly("2025-12", "2025-Q4", "2025");
		assertThat(chart("c.data.labels.length")).isEqualTo(3L);
		assertThat(chart("c.data.datasets[0].data.filter(v => v !== null).length")).isEqualTo(3L);
		// the predikat line's points are the table's predikat, as levels 1 (Sangat Kurang) to 5 (Sangat Baik)
		for (int i = 0; i < 3; i++) {
			String predikat = rows.get(i).findElements(By.tagName("td")).get(2).getText();
			Object level = chart("c.data.datasets[0].data[" + i + "]");
			assertThat(chart("c.options.scales.level.ticks.callback(" + level + ")")).isEqualTo(predikat);
		}
		browser.screenshot("trend-employee");
	}

	@Test
	void anAgencysTrendStacksItsPredikatPerRun() {
		browser.signIn("medan.analis");
		browser.open("/evaluations/" + demo.get(0));
		browser.find("#curves a.agency-trend").click();
		browser.until(d -> d.findElements(By.id("trend-table")).size() > 0);

		assertDrawnFromTheApp();
		assertThat(browser.driver.findElements(By.cssSelector("#trend-table tbody tr"))).hasSize(3);
		assertThat(chart("c.data.labels.length")).isEqualTo(3L);
		assertThat(chart("c.data.datasets.length")).isEqualTo(7L);
		// each run's bars add up to its employees, as the table says
		for (int i = 0; i < 3; i++) {
			WebElement row = browser.driver.findElements(By.cssSelector("#trend-table tbody tr")).get(i);
			long employees = Long.parseLong(row.findElements(By.tagName("td")).get(1).getText());
			assertThat(chart("c.data.datasets.filter(d => d.type === 'bar').reduce((s, d) => s + d.data[" + i
					+ "], 0)")).isEqualTo(employees);
		}
		assertThat(browser.text("#trend-table")).contains("Sangat Baik").contains("Tahunan").contains("Bulanan");
		browser.screenshot("trend-agency");
	}

	@Test
	void aResultShowsTheSupervisorsFeedbackForItsPeriod() {
		String nip = jdbc.queryForObject("""
				select min(e.nip) from official_rating r join employee e on e.id = r.employee_id
				join agency a on a.id = e.agency_id
				where a.region_id = 'medan' and a.code = 'dinkes' and r.period_code = '2025-Q4'
				  and r.feedback is not null""", String.class);
		String feedback = jdbc.queryForObject("""
				select r.feedback from official_rating r join employee e on e.id = r.employee_id
				where e.nip = ? and r.period_code = '2025-Q4'""", String.class, nip);
		browser.signIn("medan.analis");
		browser.open("/evaluations/" + demo.get(1) + "/results/" + nip);

		assertThat(browser.text("#supervisor-feedback")).isEqualTo(feedback);
		assertThat(browser.text("main")).contains("Umpan balik atasan periode ini");
	}

	/** A canvas drawn by Chart.js, the library loaded from the app itself. */
	private void assertDrawnFromTheApp() {
		assertThat(browser.driver.findElements(By.cssSelector("canvas#trend-chart"))).hasSize(1);
		Object source = script("return document.querySelector('script[src*=\"chart.umd.js\"]').src;");
		assertThat(String.valueOf(source)).startsWith(browser.driver.getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1"))
			.contains("/webjars/chart.js/");
		assertThat(script("return typeof Chart !== 'undefined' && Chart.getChart('trend-chart') !== undefined;"))
			.isEqualTo(true);
	}

	private Object chart(String expression) {
		return script("const c = Chart.getChart('trend-chart'); return " + expression + ";");
	}

	private Object script(String script) {
		return ((JavascriptExecutor) browser.driver).executeScript(script);
	}

}
