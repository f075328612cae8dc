package id.kinerja.calibration;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;

/** No agency of the run (or not the one asked for) breaks the curve: 422. */
class NothingToCalibrate extends Refusal {

	private NothingToCalibrate(String field, String key, Object... args) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Nothing to calibrate", key, args);
		field(field);
	}

	static NothingToCalibrate noBreach(long run) {
		return new NothingToCalibrate("run", "noBreach", run);
	}

	static NothingToCalibrate curveMet(String agency, long run) {
		return new NothingToCalibrate("agency", "curveMet", agency, run);
	}

}
