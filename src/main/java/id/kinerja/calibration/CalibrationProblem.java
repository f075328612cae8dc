package id.kinerja.calibration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused calibration request: a problem detail naming the request field it is about. */
abstract class CalibrationProblem extends ErrorResponseException {

	CalibrationProblem(HttpStatus status, String title, String field, String detail) {
		super(status, problem(status, title, field, detail), null);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setProperty("field", field);
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
