package id.kinerja.staff;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** A region whose BPS code does not fit its kind or names no province: 422 naming the field. */
class InvalidRegion extends Refusal {

	InvalidRegion(String key, String field, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", key, args);
		field(field);
	}

}
