package id.kinerja.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A refusal one operation can give beyond those {@link ProblemAnswers} finds for every operation (e.g. 409),
 * described in the API's description as a problem detail.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Refuses.All.class)
public @interface Refuses {

	/** The status, e.g. 409. */
	int status();

	/** When it is given. */
	String when();

	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@interface All {

		Refuses[] value();

	}

}
