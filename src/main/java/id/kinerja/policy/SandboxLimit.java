package id.kinerja.policy;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Rule files of a draft stopped by the sandbox's limits: the worker running them ran out of time,
 * processor time or memory and was killed (and replaced). Nothing of the draft was kept.
 */
public class SandboxLimit extends Refusal {

	/**
	 * @param limit {@code time}, {@code cpu} or {@code memory}
	 * @param rule the rule the worker was running when it was stopped, null where unknown
	 */
	SandboxLimit(String limit, String value, String rule) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Policy stopped by the sandbox",
				rule == null ? "sandboxLimit." + limit : "sandboxLimitRule." + limit, value, rule);
		with("limit", limit);
		if (rule != null) {
			with("rule", rule);
		}
	}

}
