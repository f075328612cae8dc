package id.kinerja.appraisal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A period code with no data loaded: answered with 404. */
public class UnknownPeriod extends ErrorResponseException {

	public UnknownPeriod(String periodCode) {
		super(HttpStatus.NOT_FOUND, problem(periodCode), null);
	}

	private static ProblemDetail problem(String periodCode) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Unknown evaluation period '" + periodCode + "'");
		problem.setTitle("Not found");
		problem.setProperty("field", "period");
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
