package id.kinerja.whatif;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class UnknownWhatIf extends ErrorResponseException {

	UnknownWhatIf(long id) {
		super(HttpStatus.NOT_FOUND, problem(id), null);
	}

	private static ProblemDetail problem(long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "What-if " + id + " tidak ada");
		problem.setTitle("Unknown what-if");
		problem.setProperty("field", "id");
		return problem;
	}

}
