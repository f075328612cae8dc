package id.kinerja.policy;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The region's rule files do not compile, so nothing can be evaluated under its policy. */
public class PolicyUnavailable extends ErrorResponseException {

	PolicyUnavailable(String region, List<PolicyProblem> problems) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(region, problems), null);
	}

	private static ProblemDetail problem(String region, List<PolicyProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"Kebijakan wilayah '" + region + "' tidak dapat dikompilasi; evaluasi ditolak sampai berkasnya diperbaiki");
		problem.setTitle("Policy unavailable");
		problem.setProperty("problems", problems);
		return problem;
	}

}
