package id.kinerja.evaluation;

import java.util.function.IntConsumer;

import id.kinerja.access.CurrentUser;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.Periods;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.Policies;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs official evaluations: streams the facts in batches, evaluates them under the region's active policy,
 * checks each agency's curve and writes the run with all its results in one transaction. Every
 * run, failed or not, is in the audit log.
 */
@Service
public class Evaluations {

	private static final Logger log = LoggerFactory.getLogger(Evaluations.class);

	private final Policies policies;

	private final AppraisalFacts facts;

	private final EvaluationRuns runs;

	private final ResultWriter writer;

	private final Regions regions;

	private final Agencies agencies;

	private final Periods periods;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	Evaluations(Policies policies, AppraisalFacts facts, EvaluationRuns runs, ResultWriter writer, Regions regions,
			Agencies agencies, Periods periods, AuditLog audit, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.policies = policies;
		this.facts = facts;
		this.runs = runs;
		this.writer = writer;
		this.regions = regions;
		this.agencies = agencies;
		this.periods = periods;
		this.audit = audit;
	}

	/** Evaluates a region, or one agency when {@code agency} is given; all or nothing. */
	public RunSummary run(String region, String agency, String period) {
		return run(region, agency, period, done -> {
		});
	}

	/**
	 * As {@link #run(String, String, String)}, telling {@code progress} how many employees are done. The run,
	 * its results and its audit entry are one transaction on one connection; a failure is audited after it
	 * rolled back.
	 */
	public RunSummary run(String region, String agency, String period, IntConsumer progress) {
		String target = (agency == null ? "*" : agency) + " " + period;
		try {
			return transaction.execute(status -> {
				RunSummary run = execute(region, agency, period, progress);
				audit.recordInTransaction(AuditAction.EVALUATION_RUN, region, target, AuditOutcome.SUCCESS,
						"run " + run.id() + ": " + run.employees() + " employees, " + run.curveFindings()
								+ " curve findings");
				return run;
			});
		}
		catch (RuntimeException ex) {
			audit.record(AuditAction.EVALUATION_RUN, region, target, AuditOutcome.FAILED, ex.getMessage());
			throw ex;
		}
	}

	/**
	 * Checks a run's scope before it starts: the region's policy works, and region, agency and period exist.
	 * @throws id.kinerja.policy.PolicyUnavailable, UnknownRegion, UnknownAgency, UnknownPeriod
	 */
	public void requireRunnable(String region, String agency, String period) {
		policies.active(region);
		requireScope(region, agency, period);
	}

	private RunSummary execute(String region, String agency, String period, IntConsumer progress) {
		long start = System.nanoTime();
		CompiledPolicy policy = policies.active(region);
		requireScope(region, agency, period);
		EvaluationRun run = runs.saveAndFlush(
				new EvaluationRun(region, agency, period, policy.version(), CurrentUser.name()));
		long runId = run.getId();
		RunSink sink = new RunSink(runId, policy, writer, progress);
		facts.load(region, agency, period, sink);
		run.finish(sink.employees(), sink.findings());
		long nanos = System.nanoTime() - start;
		log.info("Evaluation {} of {}/{} {}: {} employees, {} curve findings in {} ms ({})", runId, region,
				agency == null ? "*" : agency, period, sink.employees(), sink.findings(), nanos / 1_000_000,
				sink.split(nanos));
		return runs.save(run).summary();
	}

	/** 404 for a region, agency or period that does not exist, before the run is written. */
	private void requireScope(String region, String agency, String period) {
		regions.require(region);
		if (agency != null) {
			agencies.require(region, agency);
		}
		periods.require(period);
	}

}
