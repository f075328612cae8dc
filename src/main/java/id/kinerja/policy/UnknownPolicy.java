package id.kinerja.policy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No policy folder exists for the region asked for. */
public class UnknownPolicy extends ErrorResponseException {

	UnknownPolicy(String region) {
		super(HttpStatus.NOT_FOUND, problem(region), null);
	}

	private static ProblemDetail problem(String region) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Tidak ada kebijakan untuk wilayah '" + region + "' (folder policies/" + region + ")");
		problem.setTitle("Unknown region");
		problem.setProperty("field", "region");
		return problem;
	}

}
