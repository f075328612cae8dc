package id.kinerja.demo;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.appraisal.BehaviourForm;
import id.kinerja.appraisal.PeriodCode;
import id.kinerja.demo.GeneratedEmployee.Activity;
import id.kinerja.demo.GeneratedEmployee.Line;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes generated data with JDBC batch inserts (JPA is far too slow for this). Employee ids are assigned
 * here (next free id + stream index), so supervisors are known without reading keys back; the identity
 * column is moved past them afterwards. Not meant to run concurrently with other inserts of employees.
 */
@Component
public class DemoDataWriter {

	/** What one call wrote, row counts per table ({@code behaviour}: forms). */
	public record Written(long regions, long agencies, long employees, long skpLines, long behaviour,
			long officialRatings, long developmentHours, long citizenFeedback, long organisationRatings) {

		Written plus(Written o) {
			return new Written(regions + o.regions, agencies + o.agencies, employees + o.employees,
					skpLines + o.skpLines, behaviour + o.behaviour, officialRatings + o.officialRatings,
					developmentHours + o.developmentHours, citizenFeedback + o.citizenFeedback,
					organisationRatings + o.organisationRatings);
		}

	}

	private final JdbcTemplate jdbc;

	private final DemoGenerator generator;

	public DemoDataWriter(JdbcTemplate jdbc, DemoGenerator generator) {
		this.jdbc = jdbc;
		this.generator = generator;
	}

	/** The seed regions and their agencies, those not yet present. */
	@Transactional
	public Written writeCatalogue() {
		long regions = 0;
		long agencies = 0;
		for (RegionSpec region : generator.regions()) {
			if (count("select count(*) from region where id = ?", region.id()) == 0) {
				jdbc.update("insert into region (id, bps_code, name, kind, province, time_zone) values (?, ?, ?, ?, ?, ?)",
						region.id(), region.bpsCode(), region.name(), region.kind().name(), region.province(),
						region.timeZone().name());
				regions++;
			}
			for (AgencySpec agency : region.agencies()) {
				if (count("select count(*) from agency where region_id = ? and code = ?", region.id(),
						agency.code()) == 0) {
					jdbc.update("insert into agency (region_id, code, name) values (?, ?, ?)", region.id(),
							agency.code(), agency.name());
					agencies++;
				}
			}
		}
		return new Written(regions, agencies, 0, 0, 0, 0, 0, 0, 0);
	}

	/** Employees 0..count-1 of a region (which must have none yet) with their data for one period. */
	@Transactional
	public Written write(String regionId, int count, String periodCode) {
		return write(regionId, count, List.of(periodCode));
	}

	/** Employees 0..count-1 of a region (which must have none yet) with their data for each period. */
	@Transactional
	public Written write(String regionId, int count, List<String> periodCodes) {
		generator.region(regionId);
		Written written = writeCatalogue();
		if (count("select count(*) from employee e join agency a on a.id = e.agency_id where a.region_id = ?",
				regionId) > 0) {
			throw new IllegalStateException("Region '" + regionId + "' already has employees; write into an empty one");
		}
		Map<String, Long> agencies = agencyIds(regionId);
		long base = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from employee", Long.class);
		Set<Integer> years = new HashSet<>();
		for (int p = 0; p < periodCodes.size(); p++) {
			PeriodCode period = PeriodCode.parse(periodCodes.get(p));
			ensurePeriod(period);
			Rows rows = new Rows(jdbc, p == 0, years.add(period.year()), period.year());
			generator.employees(regionId, count, period.code(), e -> rows.add(e, base, agencies.get(e.agencyCode())));
			written = written.plus(rows.finish()).plus(writeAgencies(regionId, period.code(), agencies));
		}
		jdbc.execute("alter table employee alter column id restart with " + (base + count));
		return written;
	}

	private Written writeAgencies(String regionId, String periodCode, Map<String, Long> agencies) {
		Batch feedback = new Batch(jdbc, "insert into citizen_feedback (agency_id, period_code, service, channel, "
				+ "satisfaction_index, respondents) values (?, ?, ?, ?, ?, ?)", Types.BIGINT, Types.VARCHAR,
				Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.INTEGER);
		Batch ratings = new Batch(jdbc,
				"insert into organisation_rating (agency_id, period_code, rating, sakip_score) values (?, ?, ?, ?)",
				Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC);
		Batch input = new Batch(jdbc, "insert into citizen_input (agency_id, period_code, service, channel, "
				+ "complaints, suggestions) values (?, ?, ?, ?, ?, ?)", Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
				Types.VARCHAR, Types.INTEGER, Types.INTEGER);
		for (GeneratedAgency agency : generator.agencies(regionId, periodCode)) {
			Long id = agencies.get(agency.agencyCode());
			agency.feedback()
				.forEach(f -> feedback.add(id, periodCode, f.service(), f.channel().name(), f.satisfactionIndex(),
						f.respondents()));
			agency.input()
				.forEach(i -> input.add(id, periodCode, i.service(), i.channel().name(), i.complaints(),
						i.suggestions()));
			ratings.add(id, periodCode, agency.rating().name(), agency.sakipScore());
		}
		feedback.flush();
		input.flush();
		ratings.flush();
		return new Written(0, 0, 0, 0, 0, 0, 0, feedback.count(), ratings.count());
	}

	private void ensurePeriod(PeriodCode period) {
		if (count("select count(*) from evaluation_period where code = ?", period.code()) == 0) {
			jdbc.update("insert into evaluation_period (code, kind, calendar_year, start_date, end_date) "
					+ "values (?, ?, ?, ?, ?)", period.code(), period.kind().name(), period.year(), period.start(),
					period.end());
		}
	}

	private Map<String, Long> agencyIds(String regionId) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.query("select code, id from agency where region_id = ?",
				rs -> {
					ids.put(rs.getString(1), rs.getLong(2));
				}, regionId);
		return ids;
	}

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	/** The batches of one pass over the employees of a period. */
	private static final class Rows {

		private final boolean staff;

		private final boolean development;

		private final int year;

		private final Batch employees;

		private final Batch lines;

		private final Batch behaviour;

		private final Batch ratings;

		private final Batch hours;

		Rows(JdbcTemplate jdbc, boolean staff, boolean development, int year) {
			this.staff = staff;
			this.development = development;
			this.year = year;
			employees = new Batch(jdbc, "insert into employee (id, nip, name, agency_id, position_type, "
					+ "functional_level, job_title, rank, employment_type, supervisor_id, unit_head, sanction) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Types.BIGINT, Types.CHAR, Types.VARCHAR,
					Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
					Types.BIGINT, Types.BOOLEAN, Types.VARCHAR);
			lines = new Batch(jdbc, "insert into skp_line (employee_id, period_code, kind, indicator_code, "
					+ "indicator_name, aspect, unit, target, realisation, weight, higher_is_better, evidence_url) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
					Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC,
					Types.NUMERIC, Types.BOOLEAN, Types.VARCHAR)
				.after(employees);
			behaviour = new Batch(jdbc, "insert into behaviour_form (employee_id, period_code, assessor_type, "
					+ "assessor_nip, " + BehaviourForm.VALUE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.NUMERIC, Types.NUMERIC,
					Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC)
				.after(employees);
			ratings = new Batch(jdbc, "insert into official_rating (employee_id, period_code, work_result_rating, "
					+ "behaviour_rating, official_nip, feedback) values (?, ?, ?, ?, ?, ?)", Types.BIGINT, Types.VARCHAR,
					Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.VARCHAR)
				.after(employees);
			hours = new Batch(jdbc, "insert into development_hours (employee_id, calendar_year, activity, hours) "
					+ "values (?, ?, ?, ?)", Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.NUMERIC)
				.after(employees);
		}

		void add(GeneratedEmployee e, long base, Long agencyId) {
			long id = base + e.index();
			String period = e.periodCode();
			if (staff) {
				employees.add(id, e.nip(), e.name(), agencyId, e.position().name(),
						e.functionalLevel() == null ? null : e.functionalLevel().name(), e.jobTitle(), e.rank(),
						e.employmentType().name(), e.supervisorIndex() < 0 ? null : base + e.supervisorIndex(),
						e.unitHead(), e.sanction() == null ? null : e.sanction().name());
			}
			for (Line l : e.lines()) {
				lines.add(id, period, l.kind().name(), l.code(), l.name(), l.aspect().name(), l.unit(), l.target(),
						l.realisation(), l.weight(), l.higherIsBetter(), l.evidenceUrl());
			}
			for (Forms.Form f : Forms.of(e.behaviour())) {
				BigDecimal[] v = f.scores();
				behaviour.add(id, period, f.assessor().name(), f.assessorNip(), v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
			}
			if (e.hasOfficialRating()) {
				ratings.add(id, period, name(e.workResultRating()), name(e.behaviourRating()), e.officialNip(),
						Feedbacks.of(e.workResultRating(), e.behaviourRating()).strip());
			}
			if (development) {
				for (Activity a : e.development()) {
					hours.add(id, year, a.name(), a.hours());
				}
			}
		}

		Written finish() {
			for (Batch batch : List.of(employees, lines, behaviour, ratings, hours)) {
				batch.flush();
			}
			return new Written(0, 0, employees.count(), lines.count(), behaviour.count(), ratings.count(),
					hours.count(), 0, 0);
		}

		private static String name(Enum<?> value) {
			return value == null ? null : value.name();
		}

	}

}
