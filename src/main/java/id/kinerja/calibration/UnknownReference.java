package id.kinerja.calibration;

import org.springframework.http.HttpStatus;

/** A run, agency, proposal or employee (NIP) named by the request that does not exist: 404. */
class UnknownReference extends CalibrationProblem {

	UnknownReference(String field, Object value) {
		super(HttpStatus.NOT_FOUND, "Not found", field,
				"'" + value + "' tidak ditemukan");
	}

}
