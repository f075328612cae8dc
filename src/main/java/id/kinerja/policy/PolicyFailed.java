package id.kinerja.policy;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** The rules of a policy failed while they ran (a consequence threw); nothing of the run is kept. */
public class PolicyFailed extends Refusal {

	PolicyFailed(String reason) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Policy failed", "policyFailed", reason);
	}

}
