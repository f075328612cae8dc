package id.kinerja.calibration;

/** The evaluation run a calibration is about. */
record RunRef(long id, String region, String agency, String period, String policyVersion) {
}
