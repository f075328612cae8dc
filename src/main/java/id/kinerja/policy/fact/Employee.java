package id.kinerja.policy.fact;

import java.util.ArrayList;
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
 * @param heavySanction true if a moderate or heavy disciplinary sanction was ever imposed in the whole
 * service (it bars Satyalancana Karya Satya however long ago it was)
 * @param workResultRating explicit rating of hasil kerja by the assessing official, null if none
 * @param behaviourRating explicit rating of perilaku by the assessing official, null if none
 * @param citizenSatisfaction satisfaction index (IKM, 0-100) of the agency's services from the satisfaction
 * survey, null if none
 * @param developmentHours competence development hours (JP) this year
 * @param periodMonths months covered by the evaluation period: 12 for an annual evaluation, 3 for a quarter,
 * 1 for a month (a periodic angka kredit is this many twelfths of the annual one)
 * @param behaviour one score per BerAKHLAK value and kind of assessor
 * @param assessors one summary per kind of assessor who scored, derived from {@code behaviour}: rules that
 * weigh assessors read these few summaries instead of every score
 * @param citizenInput complaints and suggestions citizens gave the agency in the period through forums and
 * social media, per service (empty when none were recorded)
 */
public record Employee(String nip, String name, String agency, Position position,
		FunctionalLevel functionalLevel, String jobTitle, String rank, EmploymentType employmentType,
		boolean unitHead, OrganisationRating organisationRating, int yearsOfService, boolean heavySanction, Rating workResultRating,
		Rating behaviourRating, Double citizenSatisfaction, double developmentHours, int periodMonths,
		List<Indicator> indicators, List<BehaviourScore> behaviour, List<AssessorScore> assessors,
		List<CitizenInput> citizenInput) {

	/** Months of an annual evaluation. */
	public static final int YEAR = 12;

	public Employee {
		indicators = List.copyOf(indicators);
		behaviour = List.copyOf(behaviour);
		assessors = List.copyOf(assessors);
		citizenInput = citizenInput == null ? List.of() : List.copyOf(citizenInput);
	}

	public Employee(String nip, String name, String agency, Position position, FunctionalLevel functionalLevel,
			String jobTitle, String rank, EmploymentType employmentType, boolean unitHead,
			OrganisationRating organisationRating, int yearsOfService, boolean heavySanction,
			Rating workResultRating, Rating behaviourRating, Double citizenSatisfaction, double developmentHours,
			List<Indicator> indicators, List<BehaviourScore> behaviour) {
		this(nip, name, agency, position, functionalLevel, jobTitle, rank, employmentType, unitHead,
				organisationRating, yearsOfService, heavySanction, workResultRating, behaviourRating,
				citizenSatisfaction, developmentHours, YEAR, indicators, behaviour);
	}

	/** The facts of a period of {@code periodMonths} months. */
	public Employee(String nip, String name, String agency, Position position, FunctionalLevel functionalLevel,
			String jobTitle, String rank, EmploymentType employmentType, boolean unitHead,
			OrganisationRating organisationRating, int yearsOfService, boolean heavySanction,
			Rating workResultRating, Rating behaviourRating, Double citizenSatisfaction, double developmentHours,
			int periodMonths, List<Indicator> indicators, List<BehaviourScore> behaviour) {
		this(nip, name, agency, position, functionalLevel, jobTitle, rank, employmentType, unitHead,
				organisationRating, yearsOfService, heavySanction, workResultRating, behaviourRating,
				citizenSatisfaction, developmentHours, periodMonths, indicators, behaviour, summarise(behaviour),
				List.of());
	}

	/** The same facts with the agency's citizen input of the period. */
	public Employee withCitizenInput(List<CitizenInput> input) {
		return new Employee(nip, name, agency, position, functionalLevel, jobTitle, rank, employmentType, unitHead,
				organisationRating, yearsOfService, heavySanction, workResultRating, behaviourRating,
				citizenSatisfaction, developmentHours, periodMonths, indicators, behaviour, assessors, input);
	}

	/** The lowest score one kind of assessor gave, NaN when they gave none (so no comparison holds). */
	public double lowestScoreBy(Assessor assessor) {
		for (AssessorScore score : assessors) {
			if (score.assessor() == assessor) {
				return score.lowest();
			}
		}
		return Double.NaN;
	}

	private static List<AssessorScore> summarise(List<BehaviourScore> behaviour) {
		Assessor[] kinds = Assessor.values();
		double[] sums = new double[kinds.length];
		double[] lowest = new double[kinds.length];
		int[] counts = new int[kinds.length];
		for (BehaviourScore score : behaviour) {
			int kind = score.assessor().ordinal();
			lowest[kind] = counts[kind] == 0 ? score.score() : Math.min(lowest[kind], score.score());
			sums[kind] += score.score();
			counts[kind]++;
		}
		List<AssessorScore> summaries = new ArrayList<>(kinds.length);
		for (Assessor kind : kinds) {
			if (counts[kind.ordinal()] > 0) {
				int i = kind.ordinal();
				summaries.add(new AssessorScore(kind, sums[i] / counts[i], lowest[i], counts[i]));
			}
		}
		return summaries;
	}

}
