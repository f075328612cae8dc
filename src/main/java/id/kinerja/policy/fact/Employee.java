package id.kinerja.policy.fact;

import java.util.List;

/**
 * One employee's appraisal facts for a period: the only input fact about a person.
 *
 * @param agency short agency id, e.g. {@code dinkes}
 * @param jobTitle job title such as {@code Guru}, {@code Perawat}, {@code Dokter}
 * @param functionalLevel level of a functional post, null for other positions
 * @param unitHead true for the head of the agency: their hasil kerja rating is the unit's rating
 * @param organisationRating the rating of the employee's agency for the period, null if none
 * @param yearsOfService whole years since the first appointment (TMT in the NIP)
 * @param heavySanction true if a moderate or heavy disciplinary sanction is on record
 * @param workResultRating explicit rating of hasil kerja by the assessing official, null if none
 * @param behaviourRating explicit rating of perilaku by the assessing official, null if none
 * @param citizenSatisfaction satisfaction index (IKM, 0-100) of the agency's services, null if none
 * @param developmentHours competence development hours (JP) this year
 */
public record Employee(String nip, String name, String agency, Position position,
		FunctionalLevel functionalLevel, String jobTitle, String rank, EmploymentType employmentType,
		boolean unitHead, OrganisationRating organisationRating, int yearsOfService, boolean heavySanction, Rating workResultRating,
		Rating behaviourRating, Double citizenSatisfaction, double developmentHours,
		List<Indicator> indicators, List<BehaviourScore> behaviour) {

	public Employee {
		indicators = List.copyOf(indicators);
		behaviour = List.copyOf(behaviour);
	}

}
