package id.kinerja.calibration;

import org.springframework.http.HttpStatus;

/** No agency of the run (or not the one asked for) breaks the curve: 422. */
class NothingToCalibrate extends CalibrationProblem {

	NothingToCalibrate(String field, String detail) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Nothing to calibrate", field,
				detail);
	}

}
