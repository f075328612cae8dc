package id.kinerja.calibration;

/** What the HR analyst decided about one proposed move. */
enum Decision {
	ACCEPTED, REJECTED
}
