package id.kinerja.calibration;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** An agency of a run has a calibration proposal already: 409 naming it. */
class AlreadyProposed extends Refusal {

	AlreadyProposed(String agency, long proposal) {
		super(HttpStatus.CONFLICT, "Already proposed", "alreadyProposed", agency, proposal);
		field("agency");
	}

}
