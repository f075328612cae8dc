package id.kinerja.recommendation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A run, award or other id the recommendations do not know: 404 naming the field. */
class UnknownItem extends ErrorResponseException {

	UnknownItem(String field, Object value) {
		super(HttpStatus.NOT_FOUND, problem(field, value), null);
	}

	private static ProblemDetail problem(String field, Object value) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				field + " '" + value + "' tidak ditemukan");
		problem.setTitle("Unknown " + field);
		problem.setProperty("field", field);
		return problem;
	}

}
