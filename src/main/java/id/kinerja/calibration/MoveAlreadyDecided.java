package id.kinerja.calibration;

import org.springframework.http.HttpStatus;

/** The move was accepted or rejected already, and a decision stands: 409. */
class MoveAlreadyDecided extends CalibrationProblem {

	MoveAlreadyDecided(String nip, Decision decision) {
		super(HttpStatus.CONFLICT, "Already decided", "nip",
				"Usulan untuk NIP " + nip + " sudah diputuskan: " + decision);
	}

}
