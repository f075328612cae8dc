package id.kinerja.authoring;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A change that was already approved or rejected cannot be decided again. */
class ChangeDecided extends ErrorResponseException {

	ChangeDecided(long changeId, String status) {
		super(HttpStatus.CONFLICT, problem(changeId, status), null);
	}

	private static ProblemDetail problem(long changeId, String status) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Perubahan " + changeId + " sudah diputuskan: " + status);
		problem.setTitle("Change already decided");
		problem.setProperty("decision", status);
		return problem;
	}

}
