package id.kinerja.evaluation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import id.kinerja.access.CurrentUser;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.Policies;
import id.kinerja.system.Capacity;
import id.kinerja.system.Meters;
import id.kinerja.system.Refusal;
import id.kinerja.work.JobSettings;
import id.kinerja.work.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Official runs as jobs: a run is cut into partitions (an agency, or a part of a large one), each executed
 * by whichever instance's job engine claims it, official runs before any other work. Results are written
 * per partition; the run becomes visible, as official, only when the last partition is written, in one
 * change of its status. A partition that fails is tried again; one that keeps failing fails its run, and
 * nothing of that run stays.
 */
@Service
public class OfficialRuns {

	private static final Logger log = LoggerFactory.getLogger(OfficialRuns.class);

	static final String TASK = "official-partition";

	/** A run's state as the API and the pages show it. */
	public record RunState(long id, String region, String agency, String period, String status, int partitions,
			int partitionsDone, int employees, int employeesDone, String failure) {

		public boolean ended() {
			return status.equals("DONE") || status.equals("FAILED");
		}

	}

	private final Evaluations evaluations;

	private final Policies policies;

	private final RunPartitions partitions;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ObjectProvider<Jobs> jobs;

	private final ObjectProvider<OfficialRunTask> task;

	private final JobSettings settings;

	private final Capacity capacity;

	private final AuditLog audit;

	private final Meters meters;

	OfficialRuns(Evaluations evaluations, Policies policies, RunPartitions partitions, JdbcClient jdbc,
			TransactionTemplate transaction, ObjectProvider<Jobs> jobs, ObjectProvider<OfficialRunTask> task,
			JobSettings settings, Capacity capacity, AuditLog audit, Meters meters) {
		this.meters = meters;
		this.evaluations = evaluations;
		this.policies = policies;
		this.partitions = partitions;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.jobs = jobs;
		this.task = task;
		this.settings = settings;
		this.capacity = capacity;
		this.audit = audit;
	}

	/**
	 * Checks the scope (404s and a broken policy answer at once), writes the run with its partitions and
	 * starts their jobs, as the current user, whose access the caller has checked.
	 * @throws Refusal 429 when as many runs wait or run as the queue holds
	 */
	public long start(String region, String agency, String period) {
		evaluations.requireRunnable(region, agency, period);
		long waiting = jdbc.sql("select count(*) from evaluation_run where status in ('QUEUED', 'RUNNING')")
			.query(Long.class)
			.single();
		if (waiting >= capacity.runs() + capacity.runQueue()) {
			throw Capacity.busy("evaluasi resmi", capacity.runs(), (int) waiting, Duration.ofSeconds(10));
		}
		CompiledPolicy policy = policies.active(region);
		String user = CurrentUser.name();
		long[] run = new long[2];
		transaction.executeWithoutResult(status -> {
			KeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into evaluation_run (region_id, agency_code, period_code, policy_version, started_by,
					    started_at, status) values (?, ?, ?, ?, ?, ?, 'QUEUED')""")
				.params(region, agency, period, policy.version(), user, now())
				.update(key, "id");
			run[0] = key.getKeyAs(Number.class).longValue();
			run[1] = partitions.plan(run[0], region, agency, settings.partitionSize());
			jdbc.sql("update evaluation_run set partitions = ? where id = ?").params(run[1], run[0]).update();
		});
		if (run[1] == 0) {
			task.getObject().finishEmpty(run[0]);
		}
		else {
			List<String> instances = partitions.of(run[0]).stream().map(p -> instance(run[0], p.part())).toList();
			jobs.getObject().schedule(task.getObject().task(), instances, Jobs.OFFICIAL);
		}
		log.info("Official run {} of {}/{} {} started: {} partitions", run[0], region, agency == null ? "*" : agency,
				period, run[1]);
		return run[0];
	}

	static String instance(long run, int part) {
		return run + "-" + part;
	}

	/** The run's state now. */
	public RunState state(long run) {
		return jdbc.sql("""
				select r.id, r.region_id, r.agency_code, r.period_code, r.status, r.partitions, r.partitions_done,
				    coalesce((select sum(p.employees) from run_partition p where p.run_id = r.id), r.employees),
				    coalesce((select sum(p.employees) from run_partition p where p.run_id = r.id and p.status = 'DONE'),
				        r.employees),
				    r.failure
				from evaluation_run r where r.id = ?""")
			.param(run)
			.query((rs, n) -> new RunState(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10)))
			.optional()
			.orElseThrow(() -> Refusal.notFound("run", run));
	}

	/** Waits at most {@code patience} for the run to end, then answers its state. */
	public RunState await(long run, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		RunState state = state(run);
		while (!state.ended() && System.nanoTime() < deadline) {
			sleep(Math.min(200, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
			state = state(run);
		}
		return state;
	}

	/** The partitions of a run, for the API and the pages. */
	public List<RunPartitions.Partition> partitions(long run) {
		return partitions.of(run);
	}

	/**
	 * Fails a run for good: nothing of it stays (its results and findings are removed; it never was
	 * visible), its partitions still waiting are cancelled, and the failure is audited with its reason.
	 */
	void fail(long run, String reason) {
		RunState state = state(run);
		if (state.ended()) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			jdbc.sql("""
					update evaluation_run set status = 'FAILED', failure = ?, finished_at = ?
					where id = ? and status in ('QUEUED', 'RUNNING')""")
				.params(RunPartitions.cut(reason), now(), run)
				.update();
			partitions.cancel(run);
			jdbc.sql("delete from result_outcome where run_id = ?").param(run).update();
			jdbc.sql("delete from evaluation_result where run_id = ?").param(run).update();
			jdbc.sql("delete from curve_finding where run_id = ?").param(run).update();
		});
		partitions.of(run).forEach(p -> jobs.getObject().cancel(TASK, instance(run, p.part())));
		audit.record(AuditAction.EVALUATION_RUN, state.region(), (state.agency() == null ? "*" : state.agency()) + " "
				+ state.period(), AuditOutcome.FAILED, "run " + run + ": " + reason);
		meters.runEnded("failed");
		log.warn("Official run {} failed: {}", run, reason);
	}

	/** A run that failed, as the API answers it when it waited for the run. */
	static Refusal failed(RunState state) {
		return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Run failed", "runFailed", state.id(), state.failure());
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
