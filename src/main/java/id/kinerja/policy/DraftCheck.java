package id.kinerja.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.drl.ast.descr.PackageDescr;

/**
 * Every check a policy's files pass before they may become active: the guard and the compiler, the policy
 * lint (weights, bands, rules that cannot fire) and the case tables of the region and its agencies. Run in
 * a sandbox worker for drafts, and in the app for files an operator put on disk.
 */
final class DraftCheck {

	/** What the checks found; the compiled policy is null when the files did not compile. */
	record Checked(CompiledPolicy policy, Validation validation) {
	}

	private DraftCheck() {
	}

	static Checked check(PolicyCompiler compiler, String region, List<PolicyFile> files) {
		CompiledPolicy policy;
		try {
			policy = compiler.compile(region, files);
		}
		catch (InvalidPolicy ex) {
			return new Checked(null, Validation.of(null, ex.problems(), List.of()));
		}
		List<PolicyFile> regionCases = files.stream().filter(file -> file.layer() != Layer.NATIONAL).toList();
		List<CaseFailure> failures = PolicyCases.run(policy, regionCases);
		return new Checked(policy, Validation.of(policy.version(), lint(files), failures));
	}

	/** What compiles may still not mean what it says: weights, bands, rules that cannot fire. */
	private static List<PolicyProblem> lint(List<PolicyFile> files) {
		List<PolicyProblem> problems = new ArrayList<>();
		Map<String, PackageDescr> parsed = new HashMap<>();
		for (PolicyFile file : files) {
			if (file.isRules()) {
				parsed.put(file.path(), PolicyCompiler.parse(file, problems));
			}
		}
		List<PolicyFile> regionLayers = files.stream().filter(file -> file.layer() != Layer.AGENCY).toList();
		Map<String, ParameterDefinition> parameters = ParameterFiles.merge(regionLayers, problems);
		problems.addAll(PolicyLint.check(files, parsed, parameters));
		return problems;
	}

}
