package id.kinerja.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.authoring.PolicyVersions;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.system.Meters;
import id.kinerja.work.JobSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * One partition of an official run, as a job: its facts read, evaluated under the run's policy version and
 * written in one transaction, which also counts it done; the transaction of the last partition checks each
 * agency's curve and makes the run visible. Written partitions are not written again, so a partition that an
 * instance finished before it died, and that another instance takes over, changes nothing.
 */
@Component
class OfficialRunTask {

	private static final Logger log = LoggerFactory.getLogger(OfficialRunTask.class);

	private final OneTimeTask<Void> task;

	private final RunPartitions partitions;

	private final AppraisalFacts facts;

	private final PolicyVersions versions;

	private final ResultWriter writer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final JobSettings settings;

	private final ObjectProvider<OfficialRuns> runs;

	private final Meters meters;

	OfficialRunTask(RunPartitions partitions, AppraisalFacts facts, PolicyVersions versions, ResultWriter writer,
			JdbcClient jdbc, TransactionTemplate transaction, AuditLog audit, JobSettings settings,
			ObjectProvider<OfficialRuns> runs, Meters meters) {
		this.meters = meters;
		this.partitions = partitions;
		this.facts = facts;
		this.versions = versions;
		this.writer = writer;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.audit = audit;
		this.settings = settings;
		this.runs = runs;
		this.task = Tasks.oneTime(OfficialRuns.TASK)
			.onFailure(new Retries())
			.execute((instance, context) -> execute(instance.getId()));
	}

	OneTimeTask<Void> task() {
		return task;
	}

	/** What a run was started as: its scope, its version, who started it. */
	private record Run(long id, String region, String agency, String period, String version, String startedBy,
			String status) {
	}

	private Run run(long id) {
		return jdbc.sql("""
				select id, region_id, agency_code, period_code, policy_version, started_by, status
				from evaluation_run where id = ?""")
			.param(id)
			.query((rs, n) -> new Run(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7)))
			.single();
	}

	private void execute(String instance) {
		long runId = Long.parseLong(instance.substring(0, instance.indexOf('-')));
		int part = Integer.parseInt(instance.substring(instance.indexOf('-') + 1));
		Run run = run(runId);
		RunPartitions.Partition partition = partitions.get(runId, part);
		if (run.status().equals("FAILED") || partition == null || partition.status().equals("DONE")) {
			return;
		}
		partitions.running(runId, part, settings.instanceName());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(run.startedBy(), null, List.of()));
		// the job's log lines name its run, region and the user who started it (the request's are gone)
		try (MDC.MDCCloseable r = MDC.putCloseable("run", String.valueOf(runId));
				MDC.MDCCloseable g = MDC.putCloseable("region", run.region());
				MDC.MDCCloseable u = MDC.putCloseable("user", run.startedBy())) {
			long start = System.nanoTime();
			CompiledPolicy policy = versions.compiled(run.region(), run.version());
			int[] employees = { 0 };
			transaction.executeWithoutResult(status -> {
				// a try that died halfway left nothing: its transaction was rolled back with it
				facts.load(run.region(), partition.agency(), run.period(), partition.fromId(), partition.toId(),
						new BatchSink() {

							@Override
							public void batch(AgencyBatch batch) {
								List<EmployeeOutcome> outcomes = policy.evaluate(batch.agency(), batch.employees());
								writer.results(runId, part, batch.employees(), outcomes);
								employees[0] += outcomes.size();
							}

							@Override
							public void agencyDone(String agency, OrganisationRating rating) {
								// the curve is checked once every part of the agency is written
							}

						});
				partitions.done(runId, part);
				jdbc.sql("update evaluation_run set partitions_done = partitions_done + 1 where id = ?").param(runId).update();
				int[] counts = jdbc.sql("select partitions_done, partitions from evaluation_run where id = ?")
					.param(runId)
					.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
					.single();
				if (counts[0] == counts[1]) {
					finish(run, policy);
				}
			});
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			meters.partitionWritten(employees[0], took);
			log.info("Run {} partition {} ({}, {} employees) written in {} ms by {}", runId, part, partition.agency(),
					employees[0], took.toMillis(), settings.instanceName());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The last partition is written: each agency's curve is checked from its predikat counts, the findings
	 * written and the run made visible with its audit entry, in the same transaction.
	 */
	private void finish(Run run, CompiledPolicy policy) {
		Map<String, Map<Predikat, Integer>> counts = new HashMap<>();
		int[] employees = { 0 };
		// a unit's head counts as an employee of the run but stays outside the unit's curve
		jdbc.sql("select r.agency_code, r.predikat, count(*), count(e.id) from evaluation_result r left join employee e"
				+ " on e.nip = r.nip and e.unit_head where r.run_id = ? group by r.agency_code, r.predikat")
			.param(run.id())
			.query(rs -> {
				employees[0] += rs.getInt(3);
				if (rs.getString(2) != null && rs.getInt(3) > rs.getInt(4)) {
					counts.computeIfAbsent(rs.getString(1), a -> new EnumMap<>(Predikat.class))
						.put(Predikat.valueOf(rs.getString(2)), rs.getInt(3) - rs.getInt(4));
				}
			});
		int findings = 0;
		for (Map.Entry<String, OrganisationRating> rated : facts
			.ratingsByAgency(run.region(), run.agency(), run.period())
			.entrySet()) {
			List<CurveOutcome> curve = policy.checkCurve(rated.getKey(), rated.getValue(),
					counts.getOrDefault(rated.getKey(), Map.of()));
			writer.findings(run.id(), rated.getValue(), curve);
			findings += curve.size();
		}
		jdbc.sql("""
				update evaluation_run set status = 'DONE', employees = ?, curve_findings = ?, finished_at = ?
				where id = ? and status in ('QUEUED', 'RUNNING')""")
			.params(employees[0], findings, OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS), run.id())
			.update();
		audit.recordInTransaction(AuditAction.EVALUATION_RUN, run.region(), (run.agency() == null ? "*" : run.agency())
				+ " " + run.period(), AuditOutcome.SUCCESS, "run " + run.id() + ": " + employees[0] + " employees, "
						+ findings + " curve findings");
		meters.runEnded("done");
	}

	/** A run of a scope without employees: visible at once, empty. */
	void finishEmpty(long runId) {
		Run run = run(runId);
		transaction.executeWithoutResult(status -> finish(run, versions.compiled(run.region(), run.version())));
	}

	/**
	 * A partition that failed is tried again shortly, up to {@code kinerja.jobs.attempts} times; then, or at
	 * once for a failure of the rules themselves (which a new try would repeat), its run fails.
	 */
	private final class Retries implements FailureHandler<Void> {

		@Override
		public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
			String instance = complete.getExecution().taskInstance.getId();
			long runId = Long.parseLong(instance.substring(0, instance.indexOf('-')));
			int part = Integer.parseInt(instance.substring(instance.indexOf('-') + 1));
			Throwable cause = complete.getCause().orElse(null);
			String reason = reason(cause);
			int failures = complete.getExecution().consecutiveFailures + 1;
			if (cause instanceof ErrorResponseException || failures >= settings.attempts()) {
				operations.remove();
				runs.getObject().fail(runId, reason);
				return;
			}
			partitions.failed(runId, part, reason);
			log.warn("Run {} partition {} failed (try {} of {}), tried again: {}", runId, part, failures,
					settings.attempts(), reason);
			operations.reschedule(complete, Instant.now().plusSeconds(2L * failures));
		}

		private static String reason(Throwable cause) {
			if (cause == null) {
				return "?";
			}
			if (cause instanceof ErrorResponseException refused && refused.getBody().getDetail() != null) {
				return refused.getBody().getDetail();
			}
			return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		}

	}

}
