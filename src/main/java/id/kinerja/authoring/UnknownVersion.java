package id.kinerja.authoring;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A release, file version, change or region id that does not exist (in this region). */
class UnknownVersion extends ErrorResponseException {

	UnknownVersion(String field, Object id) {
		super(HttpStatus.NOT_FOUND, problem(field, id), null);
	}

	private static ProblemDetail problem(String field, Object id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				field + " '" + id + "' tidak ada di wilayah ini");
		problem.setTitle("Unknown " + field);
		problem.setProperty("field", field);
		return problem;
	}

}
