package id.kinerja.calibration;

/** What the HR analyst decided about one proposed move. */
public enum Decision {
	ACCEPTED, REJECTED
}
