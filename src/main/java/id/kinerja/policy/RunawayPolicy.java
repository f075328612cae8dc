package id.kinerja.policy;

import java.util.List;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * A rule set stopped because it fired more often than the cap allows (most likely an endless loop) or ran
 * past its time limit. Nothing of the run is kept; the rules that fired most are named.
 */
public class RunawayPolicy extends Refusal {

	private final transient List<FiredRule> rules;

	private final String limit;

	private final long value;

	RunawayPolicy(String limit, long value, List<FiredRule> rules) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Policy stopped", limit, value,
				rules.stream().map(FiredRule::rule).toList());
		with("rules", rules);
		this.rules = List.copyOf(rules);
		this.limit = limit;
		this.value = value;
	}

	static RunawayPolicy outOfTime(long seconds, List<FiredRule> rules) {
		return new RunawayPolicy("runawayTime", seconds, rules);
	}

	static RunawayPolicy tooManyFirings(int fired, List<FiredRule> rules) {
		return new RunawayPolicy("runawayFirings", fired, rules);
	}

	public List<FiredRule> rules() {
		return rules;
	}

	/** The limit that stopped the rules: {@code runawayFirings} or {@code runawayTime}. */
	String limit() {
		return limit;
	}

	/** The firings counted, or the seconds allowed. */
	long value() {
		return value;
	}

}
