package id.kinerja.authoring;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** Maker-checker: the officer who submitted a change cannot approve it. */
class OwnChange extends Refusal {

	OwnChange(long changeId) {
		super(HttpStatus.FORBIDDEN, "Own change", "ownChange", changeId);
	}

}
