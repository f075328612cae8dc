package id.kinerja.evaluation;

import java.time.Duration;

import id.kinerja.appraisal.Periods;
import id.kinerja.policy.Policies;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.Regions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Official evaluations as callers start them: the scope checked before anything is written, then the run
 * started as partitioned jobs ({@link OfficialRuns}) and waited for.
 */
@Service
public class Evaluations {

	private final Policies policies;

	private final EvaluationRuns stored;

	private final Regions regions;

	private final Agencies agencies;

	private final Periods periods;

	private final ObjectProvider<OfficialRuns> runs;

	Evaluations(Policies policies, EvaluationRuns stored, Regions regions, Agencies agencies, Periods periods,
			ObjectProvider<OfficialRuns> runs) {
		this.policies = policies;
		this.stored = stored;
		this.regions = regions;
		this.agencies = agencies;
		this.periods = periods;
		this.runs = runs;
	}

	/**
	 * Evaluates a region, or one agency when {@code agency} is given, as an official run of partitioned jobs,
	 * and waits for it: all or nothing.
	 * @throws id.kinerja.system.Refusal 422 with the reason when the run failed
	 */
	public RunSummary run(String region, String agency, String period) {
		OfficialRuns official = runs.getObject();
		OfficialRuns.RunState state = official.await(official.start(region, agency, period), Duration.ofHours(6));
		if (!state.status().equals("DONE")) {
			throw OfficialRuns.failed(state);
		}
		return stored.findById(state.id()).orElseThrow().summary();
	}

	/**
	 * Checks a run's scope before it starts: the region's policy works, and region, agency and period exist.
	 * @throws id.kinerja.policy.PolicyUnavailable, UnknownRegion, UnknownAgency, UnknownPeriod
	 */
	public void requireRunnable(String region, String agency, String period) {
		policies.active(region);
		requireScope(region, agency, period);
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
