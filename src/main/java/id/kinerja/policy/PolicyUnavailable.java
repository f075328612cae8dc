package id.kinerja.policy;

import java.util.List;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** The region's rule files do not compile, so nothing can be evaluated under its policy. */
public class PolicyUnavailable extends Refusal {

	PolicyUnavailable(String region, List<PolicyProblem> problems) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "Policy unavailable", "policyUnavailable", region);
		with("problems", problems);
	}

}
