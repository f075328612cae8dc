package id.kinerja.evaluation;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partitions of official runs: an agency each, a large agency cut into parts of consecutive employees.
 * Their state lives in the database, so every instance shows the same progress.
 */
@Component
public class RunPartitions {

	/** One partition as the API and the pages show it. */
	public record Partition(int part, String agency, long fromId, long toId, int employees, String status, String worker,
			int attempts) {
	}

	private final JdbcClient jdbc;

	RunPartitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Cuts the run's scope into partitions of at most {@code size} employees, agency by agency, in employee id
	 * order, and writes them; answers how many there are.
	 */
	int plan(long run, String region, String agency, int size) {
		List<Partition> parts = jdbc.sql("""
				select x.code, x.slice, min(x.id), max(x.id), count(*) from (
				    select a.code, e.id, (row_number() over (partition by e.agency_id order by e.id) - 1) / :size as slice
				    from employee e join agency a on a.id = e.agency_id
				    where a.region_id = :region and (cast(:agency as varchar(40)) is null or a.code = :agency)) x
				group by x.code, x.slice order by x.code, x.slice""")
			.param("size", size)
			.param("region", region)
			.param("agency", agency)
			.query((rs, n) -> new Partition(n, rs.getString(1), rs.getLong(3), rs.getLong(4), rs.getInt(5), "QUEUED",
					null, 0))
			.list();
		for (Partition p : parts) {
			jdbc.sql("""
					insert into run_partition (run_id, part, agency_code, from_id, to_id, employees, status)
					values (?, ?, ?, ?, ?, ?, 'QUEUED')""")
				.params(run, p.part(), p.agency(), p.fromId(), p.toId(), p.employees())
				.update();
		}
		return parts.size();
	}

	List<Partition> of(long run) {
		return jdbc.sql("""
				select part, agency_code, from_id, to_id, employees, status, worker, attempts from run_partition
				where run_id = ? order by part""")
			.param(run)
			.query((rs, n) -> new Partition(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getInt(5),
					rs.getString(6), rs.getString(7), rs.getInt(8)))
			.list();
	}

	Partition get(long run, int part) {
		return of(run).stream().filter(p -> p.part() == part).findFirst().orElse(null);
	}

	/** Claimed by a worker: visible at once, before its results are written. */
	void running(long run, int part, String worker) {
		jdbc.sql("""
				update run_partition set status = 'RUNNING', worker = ?, attempts = attempts + 1, started_at = ?
				where run_id = ? and part = ? and status <> 'DONE'""")
			.params(worker, now(), run, part)
			.update();
		jdbc.sql("update evaluation_run set status = 'RUNNING' where id = ? and status = 'QUEUED'").param(run).update();
	}

	/** Its results are written: in the partition's transaction, with them. */
	void done(long run, int part) {
		jdbc.sql("update run_partition set status = 'DONE', finished_at = ? where run_id = ? and part = ?")
			.params(now(), run, part)
			.update();
	}

	/** A try that failed, with why; the engine tries again or fails the run. */
	void failed(long run, int part, String reason) {
		jdbc.sql("update run_partition set status = 'QUEUED', failure = ? where run_id = ? and part = ? and status <> 'DONE'")
			.params(cut(reason), run, part)
			.update();
	}

	void cancel(long run) {
		jdbc.sql("update run_partition set status = 'CANCELLED' where run_id = ? and status <> 'DONE'").param(run).update();
	}

	static String cut(String text) {
		return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

}
