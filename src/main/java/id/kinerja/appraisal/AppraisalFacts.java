package id.kinerja.appraisal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.CitizenInput;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Rating;
import id.kinerja.staff.Sanction;
import id.kinerja.staff.UnknownAgency;
import id.kinerja.staff.UnknownRegion;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the rules' facts straight from the tables with plain JDBC. A region (or one agency) is read with one
 * statement per table, each ordered by employee id and merged with the employees as it is read, so the
 * number of statements is fixed and memory is bounded by the batch size, not by the number of employees.
 */
@Component
public class AppraisalFacts {

	/** Employees held at most (about 3 KiB each), and so the largest batch handed to the sink. */
	static final int BATCH = 4000;

	private static final String EMPLOYEES = "select e.id, e.agency_id, e.nip, e.name, e.position_type,"
			+ " e.functional_level, e.job_title, e.rank, e.employment_type, e.unit_head, e.sanction, e.service_start,"
			+ " e.heavy_sanction_ever"
			+ " from employee e";

	private static final CoreValue[] VALUES = CoreValue.values();

	private final JdbcTemplate jdbc;

	public AppraisalFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads the facts of a region (or only of the given agency) for a period and hands them to {@code sink}
	 * in batches of at most {@value #BATCH} employees of one agency.
	 * @throws UnknownRegion, UnknownAgency, UnknownPeriod (404) for ids that do not exist, before any batch
	 */
	public void load(String regionId, String agencyCodeOrNull, String periodCode, BatchSink sink) {
		load(regionId, agencyCodeOrNull, periodCode, BATCH, sink);
	}

	/** The organisation rating of each agency of the scope (by code) that has one for the period. */
	public Map<String, OrganisationRating> ratingsByAgency(String regionId, String agencyCodeOrNull,
			String periodCode) {
		Map<String, OrganisationRating> byCode = new HashMap<>();
		agencies(regionId, agencyCodeOrNull, periodCode).values().forEach(agency -> {
			if (agency.rating() != null) {
				byCode.put(agency.code(), agency.rating());
			}
		});
		return byCode;
	}

	/**
	 * As {@link #load(String, String, String, BatchSink)} for one part of an agency: its employees whose id
	 * lies in {@code [fromId, toId]}, a partition of an official run.
	 */
	public void load(String regionId, String agencyCode, String periodCode, long fromId, long toId, BatchSink sink) {
		PeriodRow period = period(periodCode);
		Map<Long, AgencyRow> agencies = agencies(regionId, agencyCode, periodCode);
		load(period, agencies, new Scope("e.agency_id = ? and e.id between ? and ?", agencies.keySet().iterator().next(),
				fromId, toId), BATCH, sink);
	}

	void load(String regionId, String agencyCodeOrNull, String periodCode, int batchSize, BatchSink sink) {
		PeriodRow period = period(periodCode);
		Map<Long, AgencyRow> agencies = agencies(regionId, agencyCodeOrNull, periodCode);
		Scope scope = agencyCodeOrNull == null
				? new Scope("e.agency_id in (select a.id from agency a where a.region_id = ?)", regionId)
				: new Scope("e.agency_id = ?", agencies.keySet().iterator().next());
		load(period, agencies, scope, batchSize, sink);
	}

	private void load(PeriodRow period, Map<Long, AgencyRow> agencies, Scope scope, int batchSize, BatchSink sink) {
		AgencyBatches batches = new AgencyBatches(agencies, batchSize, sink);
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			merge(connection, scope, period, agencies, batches);
			return null;
		});
		batches.finish();
	}

	/**
	 * An agency of the scope with what its employees' facts share: its survey IKM and what citizens said of its
	 * services through forums and social media.
	 */
	record AgencyRow(String code, OrganisationRating rating, Double satisfaction, List<CitizenInput> input) {
	}

	/**
	 * Which employees: a condition on {@code employee e} with its one argument. Other tables are restricted
	 * to them by a semi-join, which reads only the scope's rows: on one region of 100,000 it cost about what
	 * a scan of the whole period costs (H2: 1.4-2.0 s for the behaviour forms), and less in a shared database.
	 */
	private record Scope(String condition, Object... arguments) {

		/** The query arguments: {@code first}, then the scope's. */
		Object[] after(Object first) {
			Object[] all = new Object[arguments.length + 1];
			all[0] = first;
			System.arraycopy(arguments, 0, all, 1, arguments.length);
			return all;
		}

		/** Rows of a table {@code x} of the scope's employees, the scope's condition as a semi-join. */
		String employeesOf() {
			return " x.employee_id in (select e.id from employee e where " + condition + ") ";
		}

	}

	private record PeriodRow(String code, int year, LocalDate end) {

		int months() {
			return PeriodCode.parse(code).months();
		}

	}

	private void merge(Connection connection, Scope scope, PeriodRow period, Map<Long, AgencyRow> agencies,
			AgencyBatches batches) throws SQLException {
		Object[] periodArgs = scope.after(period.code());
		try (EmployeeRows staff = new EmployeeRows(connection,
				EMPLOYEES + " where " + scope.condition() + " order by e.id", scope.arguments());
				// by employee only: H2 then reads the index in order; a second sort key made it sort everything
				EmployeeRows lines = new EmployeeRows(connection, "select x.employee_id, x.id, x.indicator_code,"
						+ " x.weight, x.target, x.realisation, x.higher_is_better from skp_line x where"
						+ " x.period_code = ? and" + scope.employeesOf() + "order by x.employee_id", periodArgs);
				EmployeeRows forms = new EmployeeRows(connection, "select x.employee_id, x.assessor_type, "
						+ BehaviourForm.VALUE_COLUMNS + " from behaviour_form x where x.period_code = ? and"
						+ scope.employeesOf() + "order by x.employee_id", periodArgs);
				EmployeeRows ratings = new EmployeeRows(connection, "select x.employee_id, x.work_result_rating,"
						+ " x.behaviour_rating from official_rating x where x.period_code = ? and" + scope.employeesOf()
						+ "order by x.employee_id", periodArgs);
				EmployeeRows hours = new EmployeeRows(connection, "select x.employee_id, sum(x.hours) from"
						+ " development_hours x where x.calendar_year = ? and" + scope.employeesOf()
						+ "group by x.employee_id order by x.employee_id", scope.after(period.year()))) {
			double[] scores = new double[VALUES.length];
			int months = period.months();
			List<Line> plan = new ArrayList<>();
			staff.forEach(rs -> {
				long id = rs.getLong(1);
				long agencyId = rs.getLong(2);
				AgencyRow agency = agencies.get(agencyId);
				FactAssembler facts = new FactAssembler(staffOf(rs, agency.code()))
					.serviceStart(rs.getObject(12, LocalDate.class));
				plan.clear();
				lines.forEmployee(id, x -> plan.add(line(x)));
				plan.sort(Line.IN_ENTRY_ORDER);
				plan.forEach(l -> facts.indicator(l.code(), l.weight(), l.target(), l.realisation(), l.higherIsBetter()));
				forms.forEmployee(id, x -> facts.form(Assessor.valueOf(x.getString(2)), scores(x, 3, scores)));
				ratings.forEmployee(id, x -> facts.ratings(rating(x.getString(2)), rating(x.getString(3))));
				hours.forEmployee(id, x -> facts.developmentHours(x.getDouble(2)));
				batches.add(agencyId,
						facts.organisationRating(agency.rating()).toFact(period.end(), months, agency.satisfaction())
							.withCitizenInput(agency.input()));
			});
		}
	}

	/** An SKP line with its id: an employee's lines are kept in the order they were entered. */
	private record Line(long id, String code, double weight, double target, Double realisation,
			boolean higherIsBetter) {

		static final Comparator<Line> IN_ENTRY_ORDER = Comparator.comparingLong(Line::id);

	}

	private static Line line(ResultSet rs) throws SQLException {
		double realisation = rs.getDouble(6);
		return new Line(rs.getLong(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5),
				rs.wasNull() ? null : realisation, rs.getBoolean(7));
	}

	/** The seven score columns from {@code first} on, NaN where not scored. */
	private static double[] scores(ResultSet rs, int first, double[] scores) throws SQLException {
		for (int v = 0; v < scores.length; v++) {
			double score = rs.getDouble(first + v);
			scores[v] = rs.wasNull() ? Double.NaN : score;
		}
		return scores;
	}

	private PeriodRow period(String periodCode) {
		List<PeriodRow> rows = jdbc.query("select calendar_year, end_date from evaluation_period where code = ?",
				(rs, n) -> new PeriodRow(periodCode, rs.getInt(1), rs.getObject(2, LocalDate.class)), periodCode);
		if (rows.isEmpty()) {
			throw new UnknownPeriod(periodCode);
		}
		return rows.get(0);
	}

	/** The scope's agencies by id, in code order. */
	private Map<Long, AgencyRow> agencies(String regionId, String agencyCode, String periodCode) {
		if (jdbc.queryForObject("select count(*) from region where id = ?", Long.class, regionId) == 0) {
			throw new UnknownRegion(regionId);
		}
		Map<Long, String> codes = new LinkedHashMap<>();
		jdbc.query("select id, code from agency where region_id = ?" + (agencyCode == null ? "" : " and code = ?")
				+ " order by code", rs -> {
					codes.put(rs.getLong(1), rs.getString(2));
				}, scope(regionId, agencyCode));
		if (agencyCode != null && codes.isEmpty()) {
			throw new UnknownAgency(regionId, agencyCode);
		}
		Map<Long, FactAssembler.Satisfaction> satisfaction = satisfaction(regionId, agencyCode, periodCode);
		Map<Long, OrganisationRating> ratings = organisationRatings(regionId, agencyCode, periodCode);
		Map<Long, List<CitizenInput>> input = citizenInput(regionId, agencyCode, periodCode);
		Map<Long, AgencyRow> agencies = new LinkedHashMap<>();
		codes.forEach((id, code) -> {
			FactAssembler.Satisfaction s = satisfaction.get(id);
			agencies.put(id, new AgencyRow(code, ratings.get(id), s == null ? null : s.value(),
					input.getOrDefault(id, List.of())));
		});
		return agencies;
	}

	private Map<Long, FactAssembler.Satisfaction> satisfaction(String regionId, String agencyCode, String period) {
		Map<Long, FactAssembler.Satisfaction> byAgency = new HashMap<>();
		// the IKM is the satisfaction survey's alone: forums and social media are counted as citizen input
		jdbc.query("select f.agency_id, f.satisfaction_index, f.respondents from citizen_feedback f"
				+ " join agency a on a.id = f.agency_id where f.channel = 'SURVEI' and f.period_code = ? and a.region_id = ?"
				+ (agencyCode == null ? "" : " and a.code = ?"), rs -> {
					byAgency.computeIfAbsent(rs.getLong(1), id -> new FactAssembler.Satisfaction())
						.add(rs.getDouble(2), rs.getInt(3));
				}, scope(period, regionId, agencyCode));
		return byAgency;
	}

	/** Complaints and suggestions per agency and service, summed over the channels. */
	private Map<Long, List<CitizenInput>> citizenInput(String regionId, String agencyCode, String period) {
		Map<Long, List<CitizenInput>> byAgency = new HashMap<>();
		jdbc.query("select i.agency_id, i.service, sum(i.complaints), sum(i.suggestions) from citizen_input i"
				+ " join agency a on a.id = i.agency_id where i.period_code = ? and a.region_id = ?"
				+ (agencyCode == null ? "" : " and a.code = ?") + " group by i.agency_id, i.service order by i.service",
				rs -> {
					byAgency.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
						.add(new CitizenInput(rs.getString(2), rs.getInt(3), rs.getInt(4)));
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

	private static FactAssembler.Staff staffOf(ResultSet rs, String agencyCode) throws SQLException {
		String level = rs.getString(6);
		String sanction = rs.getString(11);
		return new FactAssembler.Staff(rs.getString(3), rs.getString(4), agencyCode, Position.valueOf(rs.getString(5)),
				level == null ? null : FunctionalLevel.valueOf(level), rs.getString(7), rs.getString(8),
				EmploymentType.valueOf(rs.getString(9)), rs.getBoolean(10),
				sanction == null ? null : Sanction.valueOf(sanction), rs.getBoolean(13));
	}

	private static Rating rating(String name) {
		return name == null ? null : Rating.valueOf(name);
	}

	/** Query arguments without the agency code when the whole region is loaded. */
	private static Object[] scope(Object... args) {
		return Arrays.stream(args).filter(Objects::nonNull).toArray();
	}

}
