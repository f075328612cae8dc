package id.kinerja.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Rating;
import id.kinerja.staff.Nip;
import id.kinerja.staff.Sanction;

/**
 * Collects one employee's rows and maps them to the rules' {@link Employee} fact. The single place for the
 * mapping rules, shared by the database loader ({@link AppraisalFacts}) and the demo generator.
 */
public final class FactAssembler {

	// stored NIPs were validated on entry; an appointment after the period simply gives 0 years
	private static final YearMonth NO_LIMIT = YearMonth.of(9999, 12);

	private static final CoreValue[] CORE_VALUES = CoreValue.values();

	private static final int VALUES = CORE_VALUES.length;

	private static final int ASSESSORS = Assessor.values().length;

	private final Staff staff;

	private final List<Indicator> indicators = new ArrayList<>(6);

	private final double[] scoreSums = new double[VALUES * ASSESSORS];

	private final int[] scoreCounts = new int[VALUES * ASSESSORS];

	private Rating workResultRating;

	private Rating behaviourRating;

	private double developmentHours;

	private OrganisationRating organisationRating;

	private LocalDate serviceStart;

	/**
	 * Who the employee is; {@code sanction} the one on record (null when none), {@code heavySanctionEver} true
	 * when a moderate or heavy one was imposed at any time in the service, though no longer on record.
	 */
	public record Staff(String nip, String name, String agency, Position position, FunctionalLevel functionalLevel,
			String jobTitle, String rank, EmploymentType employmentType, boolean unitHead, Sanction sanction,
			boolean heavySanctionEver) {

		boolean heavySanction() {
			return heavySanctionEver || sanction != null && sanction.heavy();
		}

	}

	public FactAssembler(Staff staff) {
		this.staff = staff;
	}

	/** An SKP line; a realisation not reported (null) counts as 0. */
	public FactAssembler indicator(String code, double weight, double target, Double realisation,
			boolean higherIsBetter) {
		indicators.add(new Indicator(code, weight, target, realisation == null ? 0 : realisation, higherIsBetter));
		return this;
	}

	/** A behaviour score; several scores of one value by one kind of assessor are averaged. */
	public FactAssembler behaviour(CoreValue value, Assessor assessor, double score) {
		int slot = value.ordinal() * ASSESSORS + assessor.ordinal();
		scoreSums[slot] += score;
		scoreCounts[slot]++;
		return this;
	}

	/** One assessor's form: scores in {@link CoreValue} order, NaN where the value was not scored. */
	public FactAssembler form(Assessor assessor, double[] scores) {
		for (int v = 0; v < VALUES; v++) {
			if (!Double.isNaN(scores[v])) {
				behaviour(CORE_VALUES[v], assessor, scores[v]);
			}
		}
		return this;
	}

	public FactAssembler ratings(Rating workResult, Rating behaviour) {
		this.workResultRating = workResult;
		this.behaviourRating = behaviour;
		return this;
	}

	/** The rating of the employee's agency for the period (a unit head's work result follows it). */
	public FactAssembler organisationRating(OrganisationRating rating) {
		this.organisationRating = rating;
		return this;
	}

	/** The start of service (TMT) when it is on record; otherwise the NIP's month of appointment counts. */
	public FactAssembler serviceStart(LocalDate start) {
		this.serviceStart = start;
		return this;
	}

	/** Adds JP of the period's year. */
	public FactAssembler developmentHours(double jp) {
		this.developmentHours += jp;
		return this;
	}

	/**
	 * The fact as of the period's end date (years of service are counted up to it) for a period of
	 * {@code periodMonths} months.
	 */
	public Employee toFact(LocalDate periodEnd, int periodMonths, Double citizenSatisfaction) {
		return new Employee(staff.nip(), staff.name(), staff.agency(), staff.position(), staff.functionalLevel(),
				staff.jobTitle(), staff.rank(), staff.employmentType(), staff.unitHead(), organisationRating,
				yearsOfService(periodEnd),
				staff.heavySanction(), workResultRating, behaviourRating,
				citizenSatisfaction, developmentHours, periodMonths, indicators, averagedBehaviour());
	}

	private int yearsOfService(LocalDate periodEnd) {
		if (serviceStart == null) {
			return Nip.parse(staff.nip(), NO_LIMIT).yearsOfServiceAt(periodEnd);
		}
		return periodEnd.isBefore(serviceStart) ? 0 : java.time.Period.between(serviceStart, periodEnd).getYears();
	}

	private List<BehaviourScore> averagedBehaviour() {
		List<BehaviourScore> scores = new ArrayList<>(VALUES * 2);
		for (int slot = 0; slot < scoreSums.length; slot++) {
			if (scoreCounts[slot] > 0) {
				scores.add(new BehaviourScore(CORE_VALUES[slot / ASSESSORS],
						Assessor.values()[slot % ASSESSORS], scoreSums[slot] / scoreCounts[slot]));
			}
		}
		return scores;
	}

	/** Respondent-weighted average of satisfaction indexes (IKM); null without any feedback. */
	public static final class Satisfaction {

		private double weighted;

		private long respondents;

		private double plainSum;

		private int rows;

		public void add(double index, int respondents) {
			this.weighted += index * respondents;
			this.respondents += respondents;
			this.plainSum += index;
			this.rows++;
		}

		public Double value() {
			if (rows == 0) {
				return null;
			}
			// feedback without a respondent count (e.g. a forum) still counts, unweighted
			return respondents > 0 ? weighted / respondents : plainSum / rows;
		}

	}

}
