package id.kinerja.policy;

import java.util.List;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Parameter;
import id.kinerja.policy.fact.PredikatDistribution;

/**
 * What the app asks a sandbox worker, one call at a time.
 *
 * @param draft the key under which the worker keeps a prepared draft, for {@code PREPARE} and the calls
 * that run it
 * @param agency the scope to run, null for the region's own
 */
record SandboxCall(long id, Kind kind, String region, List<PolicyFile> files, String draft, String agency,
		List<Parameter> parameters, List<Employee> employees, PredikatDistribution distribution) {

	enum Kind {

		/** Guard, compile, lint and the case tables of a draft; nothing kept. */
		VALIDATE,
		/** The same, keeping the compiled draft to run it. */
		PREPARE,
		/** Employees under a prepared draft. */
		EVALUATE,
		/** One agency's spread under a prepared draft's curve rules. */
		CURVE,
		/** Forget a prepared draft. */
		RELEASE

	}

	static SandboxCall validate(long id, String region, List<PolicyFile> files) {
		return new SandboxCall(id, Kind.VALIDATE, region, files, null, null, null, null, null);
	}

	static SandboxCall prepare(long id, String region, List<PolicyFile> files, String draft) {
		return new SandboxCall(id, Kind.PREPARE, region, files, draft, null, null, null, null);
	}

	static SandboxCall evaluate(long id, String draft, String agency, List<Parameter> parameters,
			List<Employee> employees) {
		return new SandboxCall(id, Kind.EVALUATE, null, null, draft, agency, parameters, employees, null);
	}

	static SandboxCall curve(long id, String draft, String agency, List<Parameter> parameters,
			PredikatDistribution distribution) {
		return new SandboxCall(id, Kind.CURVE, null, null, draft, agency, parameters, null, distribution);
	}

	static SandboxCall release(long id, String draft) {
		return new SandboxCall(id, Kind.RELEASE, null, null, draft, null, null, null, null);
	}

}
