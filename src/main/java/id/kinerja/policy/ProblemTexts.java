package id.kinerja.policy;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of policy problems, in Bahasa Indonesia ({@code policy-problems.properties}) and English
 * ({@code policy-problems_en.properties}). Plain resource bundles, so the sandbox worker renders them
 * without Spring.
 */
final class ProblemTexts {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final String BUNDLE = "policy-problems";

	private ProblemTexts() {
	}

	static String render(String code, Locale locale, List<String> arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ProblemTexts.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(code), locale).format(arguments.toArray());
	}

}
