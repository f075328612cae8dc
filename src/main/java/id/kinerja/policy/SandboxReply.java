package id.kinerja.policy;

import java.util.List;
import java.util.Map;

/**
 * What a sandbox worker answers: the result of a call, its failure, or (while a call runs) which rule it is
 * running, so a worker stopped for its limits can be reported with that rule.
 *
 * @param scopes for {@code PREPARE}: the parameters of each scope of the draft, by agency ({@code ""} for
 * the region's own scope)
 */
record SandboxReply(long id, Kind kind, Validation validation, Map<String, Map<String, ParameterDefinition>> scopes,
		List<EmployeeOutcome> outcomes, List<CurveOutcome> findings, Failure failure, String rule) {

	enum Kind {

		RESULT, FAILED, RUNNING

	}

	/**
	 * A call that could not finish inside the worker.
	 *
	 * @param limit what stopped it: {@code runawayFirings}, {@code runawayTime}, or {@code error}
	 */
	record Failure(String limit, long value, List<FiredRule> rules, String message) {
	}

	static SandboxReply validated(long id, Validation validation) {
		return new SandboxReply(id, Kind.RESULT, validation, null, null, null, null, null);
	}

	static SandboxReply prepared(long id, Validation validation, Map<String, Map<String, ParameterDefinition>> scopes) {
		return new SandboxReply(id, Kind.RESULT, validation, scopes, null, null, null, null);
	}

	static SandboxReply evaluated(long id, List<EmployeeOutcome> outcomes) {
		return new SandboxReply(id, Kind.RESULT, null, null, outcomes, null, null, null);
	}

	static SandboxReply checked(long id, List<CurveOutcome> findings) {
		return new SandboxReply(id, Kind.RESULT, null, null, null, findings, null, null);
	}

	static SandboxReply failed(long id, Failure failure) {
		return new SandboxReply(id, Kind.FAILED, null, null, null, null, failure, null);
	}

	static SandboxReply running(long id, String rule) {
		return new SandboxReply(id, Kind.RUNNING, null, null, null, null, null, rule);
	}

}
