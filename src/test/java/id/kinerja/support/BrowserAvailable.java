package id.kinerja.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where Debian's Chromium and its chromedriver are installed (by default
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; override with {@code KINERJA_CHROMIUM} and
 * {@code KINERJA_CHROMEDRIVER}). Where they are not, the class is skipped with a message, unless
 * {@code KINERJA_REQUIRE_BROWSER=true} (set by CI): then it fails.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserAvailable.Condition.class)
public @interface BrowserAvailable {

	class Condition implements ExecutionCondition {

		public static final Path CHROMIUM = Path.of(env("KINERJA_CHROMIUM", "/usr/bin/chromium"));

		public static final Path CHROMEDRIVER = Path.of(env("KINERJA_CHROMEDRIVER", "/usr/bin/chromedriver"));

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return value == null || value.isBlank() ? fallback : value;
		}

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
					: !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
			if (missing == null) {
				return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM + ", chromedriver at " + CHROMEDRIVER);
			}
			if ("true".equalsIgnoreCase(System.getenv("KINERJA_REQUIRE_BROWSER"))) {
				throw new IllegalStateException("A browser is required (KINERJA_REQUIRE_BROWSER=true) but " + missing
						+ " is missing: apt-get install chromium chromium-driver");
			}
			return ConditionEvaluationResult.disabled("Skipped: " + missing + " is missing; install Debian's chromium and"
					+ " chromium-driver (apt-get install chromium chromium-driver) to run the browser tests");
		}

	}

}
