package id.kinerja.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation whose answer had another shape before 0.2: that shape is still given for one release to a
 * call with {@code ?shape=legacy}, by a hidden handler mapped with {@link #PARAMS}; the description shows the
 * parameter as deprecated. Remove both in the release after.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface LegacyShape {

	/** The request mapping condition of the legacy handler. */
	String PARAMS = "shape=legacy";

	/** The legacy answer, e.g. {@code {"whatIf": ..., "changes": ...}}. */
	String value();

}
