package id.kinerja.policy;

import java.util.List;
import java.util.Locale;

/**
 * What the validation of a draft found: problems with file, line and message (syntax, unsafe code,
 * compile errors, policy checks) and the case-table rows the draft does not reproduce.
 *
 * @param version the version the draft would have once published, null when it does not compile
 */
public record Validation(boolean valid, String version, List<PolicyProblem> problems, List<CaseFailure> failedCases) {

	public Validation {
		problems = List.copyOf(problems);
		failedCases = List.copyOf(failedCases);
	}

	/** The same validation with its problems in the given language, where they have a text of their own. */
	public Validation in(Locale locale) {
		return new Validation(valid, version, problems.stream().map(problem -> problem.in(locale)).toList(), failedCases);
	}

	static Validation of(String version, List<PolicyProblem> problems, List<CaseFailure> failedCases) {
		return new Validation(problems.isEmpty() && failedCases.isEmpty(), version, problems, failedCases);
	}

}
