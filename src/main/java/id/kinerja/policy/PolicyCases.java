package id.kinerja.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the case tables ({@code *.cases.csv}) of a policy: every row is evaluated with the compiled policy
 * and every mismatch, and every row that cannot be read, is reported as a {@link CaseFailure}. The format
 * of the tables is described in {@link CaseTable}.
 */
public final class PolicyCases {

	private PolicyCases() {
	}

	/**
	 * Runs every case table among {@code files} (other files are ignored) against {@code policy}. A row is
	 * evaluated in the scope of its {@code opd} cell, or of the agency whose folder holds the table.
	 */
	public static List<CaseFailure> run(CompiledPolicy policy, List<PolicyFile> files) {
		List<CaseFailure> failures = new ArrayList<>();
		for (PolicyCase policyCase : cases(files)) {
			failures.addAll(policyCase.check(policy));
		}
		return failures;
	}

	static List<PolicyCase> cases(List<PolicyFile> files) {
		List<PolicyCase> cases = new ArrayList<>();
		for (PolicyFile file : files) {
			if (file.isCases()) {
				cases.addAll(CaseTable.parse(file));
			}
		}
		return cases;
	}

}
