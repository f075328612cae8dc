package id.kinerja.policy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A draft that does not validate cannot be published; the active version stays. */
public class InvalidDraft extends ErrorResponseException {

	private final transient Validation validation;

	public InvalidDraft(String region, Validation validation) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(region, validation), null);
		this.validation = validation;
	}

	public Validation validation() {
		return validation;
	}

	private static ProblemDetail problem(String region, Validation validation) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"Draf kebijakan " + region + " belum valid: " + validation.problems().size() + " masalah, "
						+ validation.failedCases().size() + " kasus uji gagal; versi aktif tetap berlaku");
		problem.setTitle("Invalid policy draft");
		problem.setProperty("problems", validation.problems());
		problem.setProperty("failedCases", validation.failedCases());
		return problem;
	}

}
