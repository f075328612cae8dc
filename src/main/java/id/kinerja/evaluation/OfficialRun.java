package id.kinerja.evaluation;

/** An official run whose results are visible (status DONE): what calibration and recommendations read. */
public record OfficialRun(long id, String region, String agency, String period, String policyVersion) {
}
