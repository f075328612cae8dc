package id.kinerja.system;

import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

/** A service's refusal in the user's language: on the form field it names, on the whole form, or as text. */
public final class FieldErrors {

	private FieldErrors() {
	}

	/** Puts the refusal on the field it names (one of {@code fields}), else on the whole form. */
	public static void reject(BindingResult errors, ErrorResponseException ex, String... fields) {
		Object field = ex.getBody().getProperties() == null ? null : ex.getBody().getProperties().get("field");
		String code = ex.getDetailMessageCode();
		Object[] args = ex.getDetailMessageArguments();
		String detail = ex.getBody().getDetail();
		for (String candidate : fields) {
			if (candidate.equals(field)) {
				errors.rejectValue(candidate, code, args, detail);
				return;
			}
		}
		errors.reject(code, args, detail);
	}

	/** Puts each violated constraint of a request on its field (the last node of its path). */
	public static void reject(BindingResult errors, ConstraintViolationException ex) {
		ex.getConstraintViolations().forEach(violation -> {
			String path = violation.getPropertyPath().toString();
			errors.rejectValue(path.substring(path.lastIndexOf('.') + 1), "invalid", violation.getMessage());
		});
	}

	/** The refusal's detail in the language of the current request. */
	public static String text(ErrorResponseException ex, MessageSource messages) {
		return ex.updateAndGetBody(messages, LocaleContextHolder.getLocale()).getDetail();
	}

}
