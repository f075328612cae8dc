package id.kinerja.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import id.kinerja.support.BrowserAvailable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (named explicitly, so Selenium Manager
 * downloads nothing), at 1366×768, with a fresh profile that is deleted on {@link #close()}.
 */
final class Browser implements AutoCloseable {

	/** {@code -Dkinerja.screenshots=docs/screenshots} refreshes the README's screenshots. */
	private static final Path SCREENSHOTS = Path.of(System.getProperty("kinerja.screenshots", "target/screenshots"));

	private final String base;

	private final Path profile;

	final ChromeDriver driver;

	Browser(int port) {
		this.base = "http://localhost:" + port;
		try {
			this.profile = Files.createTempDirectory("kinerja-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BrowserAvailable.Condition.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1366,768", "--lang=id", "--user-data-dir=" + profile);
		// the console, to read what the Content-Security-Policy refused
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(BrowserAvailable.Condition.CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	void open(String path) {
		driver.get(base + path);
	}

	void signIn(String demoUser) {
		signIn(demoUser, demoUser);
	}

	void signIn(String user, String password) {
		submitLogin(user, password);
		until(d -> d.findElements(By.id("current-user")).size() > 0);
	}

	/** Fills and sends the login form, whatever comes of it. */
	void submitLogin(String user, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
	}

	void signOut() {
		driver.findElement(By.cssSelector("header form button[type=submit]")).click();
		until(d -> d.findElements(By.id("login-form")).size() > 0);
	}

	/** Starts an official run from the page and waits for the run's page, with its spread against the curve. */
	void startRun(String region, String agency, String period) {
		open("/evaluations");
		new Select(find("#run-region")).selectByValue(region);
		new Select(find("#run-agency")).selectByValue(agency);
		WebElement field = find("#run-period");
		field.clear();
		field.sendKeys(period);
		find("#start-run").click();
		until(d -> d.findElements(By.id("curves")).size() > 0);
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	String text(String css) {
		return find(css).getText();
	}

	/** Sets a textarea's value as typing would, without sending every key (the files are long). */
	void fill(String css, String value) {
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				find(css), value);
	}

	<T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition::apply);
	}

	/** Scrolls the element to the top of the window, for a screenshot of what lies below the fold. */
	void scrollTo(String css) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", find(css));
	}

	/** Resizes the window and waits two frames, for the page's layout and its resize observers to follow. */
	void resize(int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
		driver.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[0]));");
	}

	/**
	 * The elements that reach past the window's right edge, innermost first, to say what does not fit; not those
	 * in a box that scrolls or clips them.
	 */
	String overflowing() {
		return String.valueOf(((JavascriptExecutor) driver).executeScript("""
				const inBox = e => { for (let p = e.parentElement; p; p = p.parentElement) {
				  if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
				const out = [];
				for (const e of document.querySelectorAll('body *')) {
				  const r = e.getBoundingClientRect();
				  if (r.right > document.documentElement.clientWidth + 1 && e.children.length === 0 && !inBox(e)) {
				    out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right) + 'px: ' + (e.textContent || '').slice(0, 60));
				  }
				}
				return out.slice(0, 5).join(' | ');"""));
	}

	/**
	 * Whether the page is wider than the window less its scroll bar (it should never scroll sideways as a whole;
	 * headless Chromium's scroll bar takes room, as a desktop's does).
	 */
	boolean overflowsHorizontally() {
		return (Boolean) ((JavascriptExecutor) driver).executeScript(
				"return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
	}

	/** What the page's Content-Security-Policy refused since the last call, from the browser's console. */
	List<String> policyViolations() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

}
