package id.kinerja.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An 18-digit NIP whose birth date, appointment month, gender and sequence are valid. */
@Documented
@Constraint(validatedBy = ValidNip.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNip {

	String message() default "NIP tidak valid";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Puts the reason Nip.parse gives into the message, so the user learns which part is wrong. */
	class Validator implements ConstraintValidator<ValidNip, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			try {
				Nip.parse(value);
				return true;
			}
			catch (IllegalArgumentException ex) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(ex.getMessage().replace("{", "(").replace("}", ")"))
					.addConstraintViolation();
				return false;
			}
		}

	}

}
