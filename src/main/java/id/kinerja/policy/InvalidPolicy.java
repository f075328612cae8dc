package id.kinerja.policy;

import java.util.List;

/** A policy that does not compile or is unsafe; the problems say where and why. */
public class InvalidPolicy extends RuntimeException {

	private final transient List<PolicyProblem> problems;

	public InvalidPolicy(String region, List<PolicyProblem> problems) {
		super("Policy of " + region + " is invalid: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<PolicyProblem> problems() {
		return problems;
	}

}
