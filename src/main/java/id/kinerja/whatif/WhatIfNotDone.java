package id.kinerja.whatif;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** A what-if still running (or failed) has nothing to export yet. */
class WhatIfNotDone extends Refusal {

	WhatIfNotDone(long id, String status) {
		super(HttpStatus.CONFLICT, "What-if not done", "whatIfNotDone", id, status);
	}

}
