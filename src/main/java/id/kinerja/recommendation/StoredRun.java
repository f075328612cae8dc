package id.kinerja.recommendation;

/** An official evaluation run, as far as recommendations need it. */
record StoredRun(long id, String region, String agency, String period, String policyVersion) {
}
