package id.kinerja.policy;

import java.util.List;

/** A rule set that fired more often than the cap allows: most likely an endless loop. */
public class RunawayPolicy extends RuntimeException {

	private final transient List<FiredRule> rules;

	RunawayPolicy(String message, List<FiredRule> rules) {
		super(message + ": " + rules.stream().map(FiredRule::rule).toList());
		this.rules = List.copyOf(rules);
	}

	public List<FiredRule> rules() {
		return rules;
	}

}
