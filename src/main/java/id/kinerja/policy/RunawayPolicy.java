package id.kinerja.policy;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A rule set stopped because it fired more often than the cap allows (most likely an endless loop) or ran
 * past its time limit. Nothing of the run is kept; the rules that fired most are named.
 */
public class RunawayPolicy extends ErrorResponseException {

	private final transient List<FiredRule> rules;

	RunawayPolicy(String message, List<FiredRule> rules) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(message, rules), null);
		this.rules = List.copyOf(rules);
	}

	private static ProblemDetail problem(String message, List<FiredRule> rules) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				message + ": " + rules.stream().map(FiredRule::rule).toList());
		problem.setTitle("Policy stopped");
		problem.setProperty("rules", rules);
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	public List<FiredRule> rules() {
		return rules;
	}

}
