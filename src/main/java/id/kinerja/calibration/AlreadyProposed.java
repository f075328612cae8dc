package id.kinerja.calibration;

import org.springframework.http.HttpStatus;

/** An agency of a run has a calibration proposal already: 409 naming it. */
class AlreadyProposed extends CalibrationProblem {

	AlreadyProposed(String agency, long proposal) {
		super(HttpStatus.CONFLICT, "Already proposed", "agency",
				"OPD '" + agency + "' sudah punya usulan kalibrasi " + proposal + " untuk run ini");
	}

}
