package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.evaluation.Trends.AgencyPoint;
import id.kinerja.evaluation.Trends.EmployeePoint;
import id.kinerja.policy.fact.Predikat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trend of a year in SQL: of the official runs of each period that cover the employee (or the agency),
 * the newest; periods ordered by their end, the shortest first among those ending together.
 */
@Component
class TrendQueries {

	private static final String PERIOD_ORDER = " order by p.end_date, p.start_date desc";

	private final JdbcClient jdbc;

	TrendQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The employee's name, from their newest point; null without any. */
	List<Named<EmployeePoint>> employee(String region, String nip, int year) {
		return jdbc.sql("""
				select r.id, r.period_code, p.kind, e.agency_code, e.predikat, e.score, e.work_score,
				       e.behaviour_index, e.name
				from evaluation_run r
				join evaluation_period p on p.code = r.period_code
				join evaluation_result e on e.run_id = r.id and e.nip = :nip
				where r.region_id = :region and r.status = 'DONE' and p.calendar_year = :year
				  and r.id = (select max(n.id) from evaluation_run n
				              join evaluation_result ne on ne.run_id = n.id and ne.nip = :nip
				              where n.region_id = r.region_id and n.period_code = r.period_code
				                and n.status = 'DONE')""" + PERIOD_ORDER)
			.param("region", region)
			.param("nip", nip)
			.param("year", year)
			.query((rs, row) -> new Named<>(rs.getString(9), employeePoint(rs)))
			.list();
	}

	/** A name beside the point it was read with. */
	record Named<T>(String name, T point) {
	}

	private static EmployeePoint employeePoint(ResultSet rs) throws SQLException {
		String predikat = rs.getString(5);
		return new EmployeePoint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), predikat,
				level(predikat), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8));
	}

	/** 5 for the best predikat down to 1, so a chart draws better as higher. */
	static Integer level(String predikat) {
		return predikat == null ? null : Predikat.values().length - Predikat.valueOf(predikat).ordinal();
	}

	List<AgencyPoint> agency(String region, String agency, int year) {
		Map<Long, AgencyPoint> points = new LinkedHashMap<>();
		jdbc.sql("""
				select r.id, r.period_code, p.kind, count(*), avg(e.score), avg(e.work_score), avg(e.behaviour_index)
				from evaluation_run r
				join evaluation_period p on p.code = r.period_code
				join evaluation_result e on e.run_id = r.id and e.agency_code = :agency
				where r.region_id = :region and r.status = 'DONE' and p.calendar_year = :year
				  and r.id = (select max(n.id) from evaluation_run n
				              where n.region_id = r.region_id and n.period_code = r.period_code
				                and n.status = 'DONE' and (n.agency_code is null or n.agency_code = :agency)
				                and exists (select 1 from evaluation_result ne
				                            where ne.run_id = n.id and ne.agency_code = :agency))
				group by r.id, r.period_code, p.kind, p.end_date, p.start_date""" + PERIOD_ORDER)
			.param("region", region)
			.param("agency", agency)
			.param("year", year)
			.query((ResultSet rs) -> {
				points.put(rs.getLong(1), new AgencyPoint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						new LinkedHashMap<>(), mean(rs.getBigDecimal(5)), mean(rs.getBigDecimal(6)),
						mean(rs.getBigDecimal(7))));
			});
		countPredikat(agency, points);
		return new ArrayList<>(points.values());
	}

	/** Employees per predikat of each point's run, best first, every predikat named. */
	private void countPredikat(String agency, Map<Long, AgencyPoint> points) {
		for (AgencyPoint point : points.values()) {
			for (Predikat predikat : Predikat.values()) {
				point.predikat().put(predikat.name(), 0L);
			}
			jdbc.sql("""
					select coalesce(predikat, 'TANPA_PREDIKAT'), count(*) from evaluation_result
					where run_id = :run and agency_code = :agency group by predikat""")
				.param("run", point.runId())
				.param("agency", agency)
				.query((ResultSet rs) -> {
					point.predikat().put(rs.getString(1), rs.getLong(2));
				});
		}
	}

	private static BigDecimal mean(BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

}
