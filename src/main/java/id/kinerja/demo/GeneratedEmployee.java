package id.kinerja.demo;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.appraisal.Aspect;
import id.kinerja.appraisal.LineKind;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Rating;
import id.kinerja.staff.Sanction;

/**
 * Everything about one generated employee for one period.
 *
 * @param index position in the region's stream; supervisors always have a smaller index
 * @param supervisorIndex index of the direct supervisor, -1 for the unit head
 * @param workResultRating explicit rating by the assessing official, usually null
 * @param development competence development activities in the period's year
 */
public record GeneratedEmployee(String regionId, int index, String nip, String name, String agencyCode,
		Position position, FunctionalLevel functionalLevel, String jobTitle, String rank,
		EmploymentType employmentType, boolean unitHead, int supervisorIndex, String supervisorNip, Sanction sanction,
		String periodCode, List<Line> lines, List<Score> behaviour, Rating workResultRating, Rating behaviourRating,
		String officialNip, List<Activity> development) {

	/** One SKP line; {@code realisation} is null when not reported. */
	public record Line(LineKind kind, String code, String name, Aspect aspect, String unit, BigDecimal target,
			BigDecimal realisation, BigDecimal weight, boolean higherIsBetter, String evidenceUrl) {
	}

	/** One behaviour score; {@code assessorNip} is null for anonymous feedback. */
	public record Score(CoreValue value, Assessor assessor, String assessorNip, BigDecimal score) {
	}

	/** One development activity in JP. */
	public record Activity(String name, BigDecimal hours) {
	}

	public boolean hasOfficialRating() {
		return officialNip != null;
	}

}
