package id.kinerja.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/** The two languages there are texts for: Bahasa Indonesia, the default, and English. */
public final class Languages {

	public static final Locale INDONESIAN = new Locale("id");

	private static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

	private Languages() {
	}

	/** The language an API client asks for with {@code Accept-Language}, if it is one of ours. */
	public static Locale asked(HttpServletRequest request) {
		String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (asked == null || asked.isBlank()) {
			return INDONESIAN;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(asked), SUPPORTED);
			return best == null ? INDONESIAN : best;
		}
		catch (IllegalArgumentException ex) {
			return INDONESIAN;
		}
	}

}
