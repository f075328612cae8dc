package id.kinerja.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #7: every main page, opened by the user who works with it, passes axe-core's WCAG 2.0 and 2.1 A and AA
 * rules at 1366×768, and the pages used on the road pass them at phone width too; the login and what-if forms
 * can be worked through with the Tab key, with the focus visible on every field.
 */
@ExtendWith(SoftAssertionsExtension.class)
class AccessibilityBrowserTests extends BrowserTestBase {

	private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** Minor findings are advice, not failures of the criteria. */
	private static final Set<String> FAILING = Set.of("critical", "serious", "moderate");

	/**
	 * Findings that are no failure, by rule and element. CodeMirror's scroll box holds no focusable element, yet
	 * the keyboard scrolls it: the caret of the editor's hidden textarea moves through the text and the box follows.
	 */
	private static final Map<String, String> FALSE_POSITIVES = Map.of("scrollable-region-focusable", ".CodeMirror-scroll");

	private static final String MEDAN_FILE = "policies/medan/dinkes/dinkes.drl";

	/** Every page is checked, and the failure lists them all. */
	@InjectSoftAssertions
	SoftAssertions softly;

	@Test
	void signInPage() {
		browser.open("/login");
		check("login");
		browser.open("/login?error");
		check("login, wrong password");
	}

	@Test
	void administratorsPages() {
		browser.signIn("admin");
		browser.open("/regions");
		check("regions and periods");
		browser.open("/regions/makassar");
		check("one region with its agencies");
		browser.open("/imports/makassar");
		checkAlsoOnAPhone("import");
	}

	@Test
	void officersPages() {
		browser.signIn("medan.kebijakan");
		checkAlsoOnAPhone("home");
		browser.open("/policies/medan");
		checkAlsoOnAPhone("policy overview");
		browser.open("/policies/medan/file?path=" + MEDAN_FILE);
		browser.until(d -> d.findElements(By.cssSelector(".CodeMirror-linenumber")).size() > 0);
		check("file editor (CodeMirror)");
		browser.find("#toggle-editor").click();
		check("file editor (plain)");
		publishesAComment();
		checkAlsoOnAPhone("policy overview, just published");
		browser.open("/policies/medan/file?path=policies/medan/medan.cases.csv");
		check("case table");
		browser.open("/policies/medan/history?path=" + MEDAN_FILE);
		check("version history");
		browser.find("#diff-form button[type=submit]").click();
		browser.until(d -> d.findElements(By.id("diff")).size() > 0);
		check("version diff");
		browser.open("/audit");
		check("audit log");
		softly.assertThat(browser.find("#from").getRect().getHeight()).as("a date field as tall as a select")
			.isEqualTo(browser.find("#action").getRect().getHeight());
		browser.open("/policies");
		check("regions");
		browser.open("/policies/medan?lang=en");
		check("policy overview in English");
	}

	@Test
	void peoplePages() {
		browser.signIn("admin");
		browser.open("/users");
		checkAlsoOnAPhone("users");
		browser.open("/users/makassar.analis");
		check("one user");
		browser.open("/account");
		checkAlsoOnAPhone("own account and API tokens");
		browser.open("/account/password");
		check("password change");
	}

	/** A second version of the file, for a diff with added lines. */
	private void publishesAComment() {
		browser.fill("#content", browser.find("#content").getAttribute("value") + "\n// dibaca ulang\n");
		browser.find("#comment").sendKeys("catatan aksesibilitas");
		browser.find("#publish").click();
		browser.until(d -> d.findElements(By.id("published")).size() > 0);
	}

	@Test
	void analystsPages() {
		browser.signIn("makassar.analis");
		checkAlsoOnAPhone("home");
		browser.open("/evaluations");
		check("runs");
		browser.startRun("makassar", "dinkes", "2025");
		String run = browser.driver.getCurrentUrl();
		checkAlsoOnAPhone("run results");
		browser.find("#results tbody tr td a").click();
		browser.until(d -> d.findElements(By.id("explanation")).size() > 0);
		checkAlsoOnAPhone("explanation");
		browser.driver.get(run + "/awards");
		check("award candidates");
		browser.driver.get(run + "/training");
		check("training plan");
		browser.driver.get(run + "/calibrations");
		check("calibrations");
		browser.find("#propose").click();
		browser.until(d -> d.getCurrentUrl().matches(".*/calibrations/\\d+"));
		check("calibration proposal");
		browser.open("/evaluations/999999");
		check("error page");
	}

	@Test
	void whatIfPages() {
		browser.signIn("makassar.analis");
		browser.open("/whatif/new?region=makassar");
		check("what-if form");
		browser.find("#agency-dinkes").click();
		browser.find("#override-perilaku\\.bobot\\.atasan").sendKeys("80");
		browser.find("#override-perilaku\\.bobot\\.rekan").sendKeys("0");
		browser.find("#run-whatif").click();
		browser.until(d -> d.findElements(By.id("matrix")).size() > 0);
		addsARowOfEveryHeatLevel();
		checkAlsoOnAPhone("what-if result");
		browser.open("/whatif");
		check("what-ifs");
	}

	/** The data fills some of the heat map's levels only: rows of every level check all their colours. */
	private void addsARowOfEveryHeatLevel() {
		browser.driver.executeScript("""
				const columns = document.querySelectorAll('#matrix thead th').length - 1;
				let row;
				for (let level = 0; level <= 5; level++) {
				  if (level % columns === 0) {
				    row = document.querySelector('#matrix tbody').insertRow();
				    row.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: 'test' }));
				  }
				  const cell = row.insertCell();
				  cell.className = 'num moved heat-' + level;
				  cell.textContent = '88';
				}""");
	}

	@Test
	void theLoginFormWorksByKeyboard() {
		browser.open("/login");
		assertThat(unreachedByTab("#login-form")).as("fields Tab misses or shows no focus on").isEmpty();
	}

	@Test
	void theWhatIfFormWorksByKeyboard() {
		browser.signIn("makassar.analis");
		browser.open("/whatif/new?region=makassar");
		assertThat(unreachedByTab("#whatif-form")).as("fields Tab misses or shows no focus on").isEmpty();
	}

	/** The checks at the desktop's size, then at a phone's (390×844, where the layout is a single column). */
	private void checkAlsoOnAPhone(String page) {
		check(page);
		browser.resize(390, 844);
		try {
			check(page + " on a phone");
			softly.assertThat(browser.overflowsHorizontally()).as(page + " is wider than a phone: " + browser.overflowing())
				.isFalse();
		}
		finally {
			browser.resize(1366, 768);
		}
	}

	/** Runs axe on the page as it is now and fails with what to fix: rule, impact, elements and help. */
	private void check(String page) {
		Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver);
		assertThat(results.isErrored()).as(() -> page + ": axe failed: " + results.getErrorMessage()).isFalse();
		List<String> failing = results.getViolations().stream().filter(r -> FAILING.contains(r.getImpact()))
			.filter(r -> !targets(r).isEmpty()).map(AccessibilityBrowserTests::describe).toList();
		softly.assertThat(failing).as(page + " (" + browser.driver.getCurrentUrl() + ") violates WCAG A/AA").isEmpty();
	}

	/** The selectors of the elements that break the rule, less its false positives. */
	private static List<String> targets(Rule rule) {
		String falsePositive = FALSE_POSITIVES.get(rule.getId());
		return rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
			.filter(target -> falsePositive == null || !target.contains(falsePositive)).toList();
	}

	private static String describe(Rule rule) {
		List<String> targets = targets(rule);
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    on "
				+ String.join(", ", targets.subList(0, Math.min(8, targets.size())))
				+ (targets.size() > 8 ? " and " + (targets.size() - 8) + " more" : "") + "\n    " + rule.getHelpUrl();
	}

	/**
	 * Tabs from the skip link (the page's first stop) through the form; answers its fields and buttons that Tab did
	 * not reach, or reached without a visible focus outline.
	 */
	@SuppressWarnings("unchecked")
	private List<String> unreachedByTab(String form) {
		JavascriptExecutor js = browser.driver;
		List<String> fields = (List<String>) js.executeScript("""
				return Array.from(document.querySelectorAll(arguments[0] + ' :is(input, select, textarea, button, a[href])'))
				  .filter(e => e.type !== 'hidden' && e.getClientRects().length > 0)
				  .map(e => e.id || e.name || e.textContent.trim());""", form);
		assertThat(fields).as("the form's fields").isNotEmpty();
		js.executeScript("document.querySelector('a.skip').focus();");
		List<String> unreached = new ArrayList<>(fields);
		for (int i = 0; i < 200 && !unreached.isEmpty(); i++) {
			new Actions(browser.driver).sendKeys(Keys.TAB).perform();
			Map<String, Object> focused = (Map<String, Object>) js.executeScript("""
					const e = document.activeElement, style = getComputedStyle(e);
					return { name: e.id || e.name || e.textContent.trim(),
					         visible: e.matches(':focus-visible') && style.outlineStyle === 'solid'
					                  && parseFloat(style.outlineWidth) >= 2 };""");
			if (Boolean.TRUE.equals(focused.get("visible"))) {
				unreached.remove(String.valueOf(focused.get("name")));
			}
		}
		return unreached;
	}

}
