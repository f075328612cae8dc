package id.kinerja.policy;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Overrides naming an unknown parameter or agency, or a value outside its range: 422 naming each. */
public class InvalidOverride extends ErrorResponseException {

	public InvalidOverride(List<OverrideProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(problems), null);
	}

	private static ProblemDetail problem(List<OverrideProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"Parameter yang diubah tidak dapat dipakai");
		problem.setTitle("Invalid parameter override");
		problem.setProperty("errors", problems.stream()
			.map(p -> Map.of("field", "overrides." + p.field(), "reason", p.reason()))
			.toList());
		return problem;
	}

}
