package id.kinerja.evaluation;

import java.util.List;

import id.kinerja.access.CurrentUser;
import id.kinerja.appraisal.AgencyFacts;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.Periods;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.Policies;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs official evaluations: loads the facts agency by agency, evaluates them under the region's active
 * policy, checks each agency's curve and writes the run with all its results in one transaction. Every
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

	Evaluations(Policies policies, AppraisalFacts facts, EvaluationRuns runs, ResultWriter writer, Regions regions,
			Agencies agencies, Periods periods, AuditLog audit) {
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
	@Transactional
	public RunSummary run(String region, String agency, String period) {
		String target = (agency == null ? "*" : agency) + " " + period;
		try {
			RunSummary run = execute(region, agency, period);
			audit.record(AuditAction.EVALUATION_RUN, region, target, AuditOutcome.SUCCESS, "run " + run.id() + ": "
					+ run.employees() + " employees, " + run.curveFindings() + " curve findings");
			return run;
		}
		catch (RuntimeException ex) {
			audit.record(AuditAction.EVALUATION_RUN, region, target, AuditOutcome.FAILED, ex.getMessage());
			throw ex;
		}
	}

	private RunSummary execute(String region, String agency, String period) {
		long start = System.nanoTime();
		CompiledPolicy policy = policies.active(region);
		requireScope(region, agency, period);
		EvaluationRun run = runs.saveAndFlush(
				new EvaluationRun(region, agency, period, policy.version(), CurrentUser.name()));
		long runId = run.getId();
		int[] totals = new int[2];
		facts.load(region, agency, period, group -> {
			totals[0] += group.employees().size();
			totals[1] += evaluate(runId, policy, group);
		});
		run.finish(totals[0], totals[1]);
		log.info("Evaluation {} of {}/{} {}: {} employees, {} curve findings in {} ms", runId, region,
				agency == null ? "*" : agency, period, totals[0], totals[1], (System.nanoTime() - start) / 1_000_000);
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

	private int evaluate(long runId, CompiledPolicy policy, AgencyFacts group) {
		List<EmployeeOutcome> outcomes = policy.evaluate(group.agency(), group.employees());
		writer.results(runId, group.employees(), outcomes);
		if (group.organisationRating() == null) {
			return 0;
		}
		List<CurveOutcome> findings = policy.checkCurve(group.agency(), group.organisationRating(), outcomes);
		writer.findings(runId, group.organisationRating(), findings);
		return findings.size();
	}

}
