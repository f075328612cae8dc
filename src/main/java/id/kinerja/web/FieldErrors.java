package id.kinerja.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

/** Puts a service's refusal on the form field it names, or on the whole form. */
final class FieldErrors {

	private FieldErrors() {
	}

	static void reject(BindingResult errors, ErrorResponseException ex, String... fields) {
		Object field = ex.getBody().getProperties() == null ? null : ex.getBody().getProperties().get("field");
		String detail = ex.getBody().getDetail();
		for (String candidate : fields) {
			if (candidate.equals(field)) {
				errors.rejectValue(candidate, "refused", detail);
				return;
			}
		}
		errors.reject("refused", detail);
	}

}
