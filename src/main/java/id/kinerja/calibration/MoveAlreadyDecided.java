package id.kinerja.calibration;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** The move was accepted or rejected already, and a decision stands: 409. */
class MoveAlreadyDecided extends Refusal {

	MoveAlreadyDecided(String nip, Decision decision) {
		super(HttpStatus.CONFLICT, "Already decided", "moveDecided", nip, decision);
		field("nip");
	}

}
