package id.kinerja.staff;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** A region or agency that exists already, or one that is retired and so takes no change: 409. */
class StaffConflict extends Refusal {

	StaffConflict(String key, String field, Object... args) {
		super(HttpStatus.CONFLICT, "Conflict", key, args);
		field(field);
	}

}
