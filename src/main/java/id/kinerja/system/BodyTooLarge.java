package id.kinerja.system;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A request body past its limit, found while it was read. */
class BodyTooLarge extends IOException {

	private final long limit;

	BodyTooLarge(long limit) {
		super("body over " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return limit;
	}

	String getMessage(Locale locale) {
		String pattern = ResourceBundle
			.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
			.getString("problem.bodyTooLarge");
		return new MessageFormat(pattern, locale).format(new Object[] { Long.toString(limit) });
	}

}
