package id.kinerja.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a rule file's text is read differently by different readers, it is refused before anything parses
 * it: Java turns a backslash-u escape into its character before reading anything else (even in a comment or
 * a string), and line terminators other than {@code \n} and {@code \r\n} end a line for some readers and
 * not for others. What the guard reads and what the compiler reads must be the same text.
 */
final class RuleText {

	private RuleText() {
	}

	/** The offsets to line and column of one file's text. */
	record Lines(String text, int[] starts) {

		static Lines of(String text) {
			List<Integer> starts = new ArrayList<>();
			starts.add(0);
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					starts.add(i + 1);
				}
			}
			return new Lines(text, starts.stream().mapToInt(Integer::intValue).toArray());
		}

		int line(int offset) {
			int low = 0;
			int high = starts.length - 1;
			while (low < high) {
				int middle = (low + high + 1) >>> 1;
				if (starts[middle] <= offset) {
					low = middle;
				}
				else {
					high = middle - 1;
				}
			}
			return low + 1;
		}

		int column(int offset) {
			return offset - starts[line(offset) - 1] + 1;
		}

		/** The offset of a 1-based line and 0-based column, as the DRL parser counts them. */
		int offset(int line, int column) {
			if (line < 1 || line > starts.length) {
				return 0;
			}
			return Math.min(text.length(), starts[line - 1] + Math.max(column, 0));
		}

	}

	/** Refuses escapes, foreign line terminators and control characters, one problem per line at most. */
	static List<PolicyProblem> check(PolicyFile file) {
		String text = file.content();
		Lines lines = Lines.of(text);
		List<PolicyProblem> problems = new ArrayList<>();
		int lastLine = 0;
		for (int i = 0; i < text.length(); i++) {
			String refused = refused(text, i);
			if (refused != null && lines.line(i) != lastLine) {
				lastLine = lines.line(i);
				problems.add(PolicyProblem.of(file.path(), lastLine, lines.column(i), refused,
						String.format("U+%04X", (int) text.charAt(i))));
			}
		}
		return problems;
	}

	private static String refused(String text, int i) {
		char c = text.charAt(i);
		// every backslash-u, even after another backslash: no reader has to count backslashes
		if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
			return "text.unicode-escape";
		}
		if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n') || c == '\u2028' || c == '\u2029'
				|| c == '\u0085') {
			return "text.line-terminator";
		}
		if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' || Character.getType(c) == Character.FORMAT) {
			return "text.control";
		}
		return null;
	}

}
