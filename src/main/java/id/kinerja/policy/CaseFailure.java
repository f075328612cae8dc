package id.kinerja.policy;

import java.util.List;

/**
 * A row of a case table that the policy does not reproduce, or that cannot be read.
 *
 * @param file the case table, e.g. {@code rules/predikat.cases.csv}
 * @param line the row's line in that file (1-based)
 * @param caseName the row's {@code kasus} cell
 * @param expected what the row expects (column and value), or for a malformed row which column is wrong
 * @param actual what the policy concluded, or the cell that could not be read
 * @param firedRules the rules that fired for the case, in firing order
 */
public record CaseFailure(String file, int line, String caseName, String expected, String actual,
		List<String> firedRules) {

	public CaseFailure {
		firedRules = List.copyOf(firedRules);
	}

	/** One line for a policy officer: where, what was expected, what came out, which rules fired. */
	public String message() {
		String rules = firedRules.isEmpty() ? "" : "; aturan yang jalan: " + String.join(" | ", firedRules);
		return file + ":" + line + " [" + caseName + "] diharapkan " + expected + ", ternyata " + actual + rules;
	}

}
