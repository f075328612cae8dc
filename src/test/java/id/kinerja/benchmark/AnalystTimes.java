package id.kinerja.benchmark;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import id.kinerja.calibration.Calibrations;
import id.kinerja.calibration.ProposalView;
import id.kinerja.evaluation.Evaluations;
import id.kinerja.evaluation.RunSummary;
import id.kinerja.recommendation.AwardsView;
import id.kinerja.recommendation.Recommendations;
import id.kinerja.support.AsAdmin;
import id.kinerja.system.Refusal;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an analyst waits for after an official run of a whole city: the run itself, the award candidates
 * (alone, and with the near-misses found by relaxing each threshold), the training plan and a calibration
 * proposal for every OPD that breaks its curve. The award lists are timed when first found and again once
 * kept (median of 3); the training plan is the median of 3; a run and a proposal are made once (a
 * proposal per OPD and run is unique).
 */
final class AnalystTimes {

	private static final int ROUNDS = 3;

	record Times(int employees, double run, double candidates, double nearMisses, double nearMissesKept, double plan,
			double calibration, int candidateCount, int nearMissCount, int agenciesCalibrated, int moves) {
	}

	static Times measure(BenchDatabase database) {
		return AsAdmin.call("benchmark", () -> measure(database.context));
	}

	private static Times measure(ConfigurableApplicationContext context) {
		Recommendations recommendations = context.getBean(Recommendations.class);
		AtomicReference<RunSummary> run = new AtomicReference<>();
		double runSeconds = Timing.seconds(() -> run.set(context.getBean(Evaluations.class)
			.run(Workload.REGION, null, Workload.PERIOD)));
		long id = run.get().id();
		AtomicReference<AwardsView> plain = new AtomicReference<>();
		AtomicReference<AwardsView> relaxed = new AtomicReference<>();
		double candidates = Timing.seconds(() -> plain.set(recommendations.awardCandidates(id, null, null, false)));
		double nearMisses = Timing.seconds(() -> relaxed.set(whenDone(recommendations, id)));
		double kept = median(() -> recommendations.awardCandidates(id, null, null, true));
		double plan = median(() -> recommendations.trainingPlan(id, null));
		AtomicReference<ProposalView> proposal = new AtomicReference<>();
		double calibration = Timing.seconds(() -> proposal.set(propose(context.getBean(Calibrations.class), id)));
		List<ProposalView.AgencyView> calibrated = proposal.get() == null ? List.of() : proposal.get().agencies();
		return new Times(run.get().employees(), runSeconds, candidates, nearMisses, kept, plan, calibration,
				plain.get().awards().stream().mapToInt(award -> award.candidates().size()).sum(),
				relaxed.get().awards().stream().mapToInt(award -> award.nearMisses().size()).sum(), calibrated.size(),
				calibrated.stream().mapToInt(agency -> agency.moves().size()).sum());
	}

	/** The near-misses once their job of the background queue is done: asked again while it runs. */
	private static AwardsView whenDone(Recommendations recommendations, long run) {
		AwardsView view = recommendations.awardCandidates(run, null, null, true);
		while (!view.nearMissList().status().equals("DONE")) {
			if (view.nearMissList().status().equals("FAILED")) {
				throw new IllegalStateException(view.nearMissList().error());
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			view = recommendations.awardCandidates(run, null, null, true);
		}
		return view;
	}

	/** The proposal, or none where every OPD meets its curve. */
	private static ProposalView propose(Calibrations calibrations, long run) {
		try {
			return calibrations.propose(run, null);
		}
		catch (Refusal nothingToCalibrate) {
			return null;
		}
	}

	private static double median(Runnable task) {
		double[] seconds = new double[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			seconds[i] = Timing.seconds(task);
		}
		return Timing.median(seconds);
	}

}
