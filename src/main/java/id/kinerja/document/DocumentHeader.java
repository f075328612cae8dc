package id.kinerja.document;

import java.time.LocalDate;

/**
 * What heads every document of a run's agency: the run, the agency and region, the period, the policy
 * version the run used, and the place and date it is signed (the region, the day the run was written there).
 */
record DocumentHeader(long run, String regionName, String province, String agency, String agencyName,
		String period, LocalDate periodStart, LocalDate periodEnd, String policyVersion, String place,
		LocalDate date) {
}
