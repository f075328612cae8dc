package id.kinerja.system;

import java.util.List;

/**
 * Text cells made safe for a spreadsheet: one that would start with = + - @ (or a tab or carriage return)
 * gets a leading apostrophe, so Excel shows it instead of running it as a formula (OWASP's advice against
 * CSV injection). Numbers stay numbers.
 */
public final class SafeCells {

	private SafeCells() {
	}

	public static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

	/** The cells of a row with every text made safe. */
	public static List<Object> safe(List<?> cells) {
		return cells.stream().map(cell -> cell instanceof String text ? (Object) safe(text) : cell).toList();
	}

}
