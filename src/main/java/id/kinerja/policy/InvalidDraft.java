package id.kinerja.policy;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** A draft that does not validate cannot be published; the active version stays. */
public class InvalidDraft extends Refusal {

	private final transient Validation validation;

	public InvalidDraft(String region, Validation validation) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid policy draft", "invalidDraft", region,
				validation.problems().size(), validation.failedCases().size());
		with("problems", validation.problems());
		with("failedCases", validation.failedCases());
		this.validation = validation;
	}

	public Validation validation() {
		return validation;
	}

}
