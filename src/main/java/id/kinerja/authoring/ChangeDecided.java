package id.kinerja.authoring;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** A change that was already approved or rejected cannot be decided again. */
class ChangeDecided extends Refusal {

	ChangeDecided(long changeId, String status) {
		super(HttpStatus.CONFLICT, "Change already decided", "changeDecided", changeId, status);
		with("decision", status);
	}

}
