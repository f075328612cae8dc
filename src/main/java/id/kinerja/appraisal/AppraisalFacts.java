package id.kinerja.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Rating;
import id.kinerja.staff.Sanction;
import id.kinerja.staff.UnknownAgency;
import id.kinerja.staff.UnknownRegion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the rules' facts straight from the tables with plain JDBC. The number of statements depends on the
 * number of agencies only: five per agency (employees, SKP lines, behaviour, official ratings, development
 * hours) plus a few for the whole scope, never one per employee.
 */
@Component
public class AppraisalFacts {

	// employee first: the (employee, period) indexes then read one agency's rows, not the whole period's
	private static final String OF_AGENCY = " where x.employee_id in (select id from employee where agency_id = ?) ";

	private final JdbcTemplate jdbc;

	public AppraisalFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Calls {@code sink} once per agency of the region (or only for the given agency), in agency-code order.
	 * @throws UnknownRegion, UnknownAgency, UnknownPeriod (404) for ids that do not exist
	 */
	public void load(String regionId, String agencyCodeOrNull, String periodCode, Consumer<AgencyFacts> sink) {
		PeriodRow period = period(periodCode);
		Map<Long, String> agencies = agencies(regionId, agencyCodeOrNull);
		Map<Long, FactAssembler.Satisfaction> satisfaction = satisfaction(regionId, agencyCodeOrNull, periodCode);
		Map<Long, OrganisationRating> ratings = organisationRatings(regionId, agencyCodeOrNull, periodCode);
		agencies.forEach((id, code) -> {
			FactAssembler.Satisfaction s = satisfaction.get(id);
			sink.accept(new AgencyFacts(code, ratings.get(id),
					employees(id, code, period, s == null ? null : s.value(), ratings.get(id))));
		});
	}

	private record PeriodRow(String code, int year, LocalDate end) {
	}

	private PeriodRow period(String periodCode) {
		List<PeriodRow> rows = jdbc.query("select calendar_year, end_date from evaluation_period where code = ?",
				(rs, n) -> new PeriodRow(periodCode, rs.getInt(1), rs.getObject(2, LocalDate.class)), periodCode);
		if (rows.isEmpty()) {
			throw new UnknownPeriod(periodCode);
		}
		return rows.get(0);
	}

	private Map<Long, String> agencies(String regionId, String agencyCode) {
		if (jdbc.queryForObject("select count(*) from region where id = ?", Long.class, regionId) == 0) {
			throw new UnknownRegion(regionId);
		}
		Map<Long, String> agencies = new LinkedHashMap<>();
		jdbc.query("select id, code from agency where region_id = ?" + (agencyCode == null ? "" : " and code = ?")
				+ " order by code", rs -> {
					agencies.put(rs.getLong(1), rs.getString(2));
				}, scope(regionId, agencyCode));
		if (agencyCode != null && agencies.isEmpty()) {
			throw new UnknownAgency(regionId, agencyCode);
		}
		return agencies;
	}

	private Map<Long, FactAssembler.Satisfaction> satisfaction(String regionId, String agencyCode, String period) {
		Map<Long, FactAssembler.Satisfaction> byAgency = new HashMap<>();
		jdbc.query("select f.agency_id, f.satisfaction_index, f.respondents from citizen_feedback f"
				+ " join agency a on a.id = f.agency_id where f.period_code = ? and a.region_id = ?"
				+ (agencyCode == null ? "" : " and a.code = ?"), rs -> {
					byAgency.computeIfAbsent(rs.getLong(1), id -> new FactAssembler.Satisfaction())
						.add(rs.getDouble(2), rs.getInt(3));
				}, scope(period, regionId, agencyCode));
		return byAgency;
	}

	private Map<Long, OrganisationRating> organisationRatings(String regionId, String agencyCode, String period) {
		Map<Long, OrganisationRating> byAgency = new HashMap<>();
		jdbc.query("select o.agency_id, o.rating from organisation_rating o join agency a on a.id = o.agency_id"
				+ " where o.period_code = ? and a.region_id = ?" + (agencyCode == null ? "" : " and a.code = ?"),
				rs -> {
					byAgency.put(rs.getLong(1), OrganisationRating.valueOf(rs.getString(2)));
				}, scope(period, regionId, agencyCode));
		return byAgency;
	}

	private List<Employee> employees(long agencyId, String agencyCode, PeriodRow period, Double satisfaction,
			OrganisationRating rating) {
		Map<Long, FactAssembler> staff = staff(agencyId, agencyCode);
		jdbc.query("select x.employee_id, x.indicator_code, x.weight, x.target, x.realisation, x.higher_is_better"
				+ " from skp_line x" + OF_AGENCY + "and x.period_code = ? order by x.id", rs -> {
					double realisation = rs.getDouble(5);
					staff.get(rs.getLong(1))
						.indicator(rs.getString(2), rs.getDouble(3), rs.getDouble(4),
								rs.wasNull() ? null : realisation, rs.getBoolean(6));
				}, agencyId, period.code());
		double[] scores = new double[CoreValue.values().length];
		jdbc.query("select x.employee_id, x.assessor_type, " + BehaviourForm.VALUE_COLUMNS + " from behaviour_form x"
				+ OF_AGENCY + "and x.period_code = ?", rs -> {
					for (int v = 0; v < scores.length; v++) {
						double score = rs.getDouble(3 + v);
						scores[v] = rs.wasNull() ? Double.NaN : score;
					}
					staff.get(rs.getLong(1)).form(Assessor.valueOf(rs.getString(2)), scores);
				}, agencyId, period.code());
		jdbc.query("select x.employee_id, x.work_result_rating, x.behaviour_rating from official_rating x"
				+ OF_AGENCY + "and x.period_code = ?", rs -> {
					staff.get(rs.getLong(1)).ratings(rating(rs.getString(2)), rating(rs.getString(3)));
				}, agencyId, period.code());
		jdbc.query("select x.employee_id, sum(x.hours) from development_hours x" + OF_AGENCY
				+ "and x.calendar_year = ? group by x.employee_id", rs -> {
					staff.get(rs.getLong(1)).developmentHours(rs.getDouble(2));
				}, agencyId, period.year());
		List<Employee> facts = new ArrayList<>(staff.size());
		staff.values().forEach(f -> facts.add(f.organisationRating(rating).toFact(period.end(), satisfaction)));
		return facts;
	}

	private Map<Long, FactAssembler> staff(long agencyId, String agencyCode) {
		Map<Long, FactAssembler> staff = new LinkedHashMap<>();
		jdbc.query("select id, nip, name, position_type, functional_level, job_title, rank, employment_type,"
				+ " unit_head, sanction from employee where agency_id = ? order by id", rs -> {
					staff.put(rs.getLong(1), new FactAssembler(staffOf(rs, agencyCode)));
				}, agencyId);
		return staff;
	}

	private static FactAssembler.Staff staffOf(ResultSet rs, String agencyCode) throws SQLException {
		String level = rs.getString(5);
		String sanction = rs.getString(10);
		return new FactAssembler.Staff(rs.getString(2), rs.getString(3), agencyCode, Position.valueOf(rs.getString(4)),
				level == null ? null : FunctionalLevel.valueOf(level), rs.getString(6), rs.getString(7),
				EmploymentType.valueOf(rs.getString(8)), rs.getBoolean(9),
				sanction == null ? null : Sanction.valueOf(sanction));
	}

	private static Rating rating(String name) {
		return name == null ? null : Rating.valueOf(name);
	}

	/** Query arguments without the agency code when the whole region is loaded. */
	private static Object[] scope(Object... args) {
		return Arrays.stream(args).filter(Objects::nonNull).toArray();
	}

}
