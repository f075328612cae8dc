package id.kinerja.benchmark;

import java.util.Map;

import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.DraftPolicy;
import id.kinerja.policy.Policies;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.whatif.WhatIfBenchmarkAccess;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A what-if over a city of 25,000 employees on an H2 file database, as an analyst waits for it: the facts
 * read once, evaluated under the active policy and under a draft with one changed parameter, compared,
 * the changed employees stored. Each part is also timed alone: reading, each side.
 */
final class WhatIfTimes {

	static final int EMPLOYEES = 25_000;

	private static final int ROUNDS = 3;

	/** The award threshold an analyst might try: who would still be employee of the year at 118 %? */
	private static final Map<String, Double> DRAFT = Map.of("pegawai-teladan.capaian-minimal", 118.0);

	/** A draft file: the region's own rules with a note, so the draft is compiled and run in a sandbox worker. */
	static final String DRAFT_FILE = "policies/" + Workload.REGION + "/" + Workload.REGION + ".drl";

	/**
	 * @param draft the draft side in this process (a parameter changed: no new rule code)
	 * @param worker the draft side in a sandbox worker (an edited file): facts sent, outcomes returned
	 * @param prepare the edited file compiled and checked (lint, case tables) in a worker
	 * @param fileWhatIf a whole what-if whose draft is an edited file
	 */
	record Times(double load, double active, double draft, double worker, double prepare, double whatIf,
			double fileWhatIf, int evaluated, int changed) {

		/** What running a draft in a worker costs over running the same rules in the app. */
		double isolation() {
			return worker - draft;
		}

	}

	static Times measure(BenchDatabase database) {
		ConfigurableApplicationContext context = database.context;
		AppraisalFacts facts = context.getBean(AppraisalFacts.class);
		Policies policies = context.getBean(Policies.class);
		CompiledPolicy active = policies.active(Workload.REGION);
		CompiledPolicy draft = active.withOverrides(DRAFT);
		Map<String, String> edited = Map.of(DRAFT_FILE, read(active, DRAFT_FILE) + "\n// draf what-if\n");
		WhatIfBenchmarkAccess.Run run = WhatIfBenchmarkAccess.run(context, Workload.REGION, Workload.PERIOD, DRAFT);
		double[] load = new double[ROUNDS];
		double[] activeSide = new double[ROUNDS];
		double[] draftSide = new double[ROUNDS];
		double[] whole = new double[ROUNDS];
		double[] workerSide = new double[ROUNDS];
		double[] fileWhole = new double[ROUNDS];
		double[] prepare = new double[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long preparing = System.nanoTime();
			try (DraftPolicy sandboxed = policies.draft(Workload.REGION, edited)) {
				prepare[i] = (System.nanoTime() - preparing) / 1e9;
				workerSide[i] = Timing.seconds(
						() -> facts.load(Workload.REGION, null, Workload.PERIOD, evaluating(sandboxed.policy())));
			}
			fileWhole[i] = WhatIfBenchmarkAccess.run(context, Workload.REGION, Workload.PERIOD, Map.of(), edited)
				.seconds();
			load[i] = Timing.seconds(() -> facts.load(Workload.REGION, null, Workload.PERIOD, evaluating(null)));
			activeSide[i] = Timing.seconds(() -> facts.load(Workload.REGION, null, Workload.PERIOD, evaluating(active)));
			draftSide[i] = Timing.seconds(() -> facts.load(Workload.REGION, null, Workload.PERIOD, evaluating(draft)));
			run = WhatIfBenchmarkAccess.run(context, Workload.REGION, Workload.PERIOD, DRAFT);
			whole[i] = run.seconds();
		}
		return new Times(Timing.median(load), Timing.median(activeSide), Timing.median(draftSide),
				Timing.median(workerSide), Timing.median(prepare), Timing.median(whole), Timing.median(fileWhole), run.evaluated(), run.changed());
	}

	private static String read(CompiledPolicy policy, String path) {
		return policy.files().stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow().content();
	}

	/** A sink that evaluates each batch under the policy (none: reads only). */
	private static BatchSink evaluating(CompiledPolicy policy) {
		return new BatchSink() {

			@Override
			public void batch(AgencyBatch batch) {
				if (policy != null) {
					Throughput.sink += policy.evaluate(batch.agency(), batch.employees()).size();
				}
			}

			@Override
			public void agencyDone(String agency, OrganisationRating rating) {
				Throughput.sink++;
			}

		};
	}

}
