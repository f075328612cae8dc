package id.kinerja.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A date range that ends before it starts: 422 naming {@code to}. */
class ReversedDateRange extends ErrorResponseException {

	ReversedDateRange(LocalDate from, LocalDate to) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem("to", "'" + to + "' is before from '" + from + "'"), null);
	}

	private static ProblemDetail problem(String field, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				field + ": " + reason);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
		return problem;
	}

}
