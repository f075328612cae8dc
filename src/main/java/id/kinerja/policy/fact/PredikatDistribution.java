package id.kinerja.policy.fact;

/**
 * The spread of predikat over the employees of one agency, in percent of {@code total}, checked by the
 * distribution-curve rules against the agency's organisation rating.
 */
public record PredikatDistribution(String agency, OrganisationRating organisationRating, int total,
		double sangatBaik, double baik, double butuhPerbaikan, double kurang, double sangatKurang) {
}
