package id.kinerja.evaluation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;

/**
 * Evaluates the batches of a run as they are read and writes their results; keeps only the predikat counts
 * of each agency, from which its curve is checked once the agency is complete.
 */
final class RunSink implements BatchSink {

	private final long runId;

	private final CompiledPolicy policy;

	private final ResultWriter writer;

	private final Map<String, Map<Predikat, Integer>> counts = new HashMap<>();

	private int employees;

	private int findings;

	private long evaluating;

	private long writing;

	private final IntConsumer progress;

	RunSink(long runId, CompiledPolicy policy, ResultWriter writer, IntConsumer progress) {
		this.progress = progress;
		this.runId = runId;
		this.policy = policy;
		this.writer = writer;
	}

	@Override
	public void batch(AgencyBatch batch) {
		long start = System.nanoTime();
		List<EmployeeOutcome> outcomes = policy.evaluate(batch.agency(), batch.employees());
		long evaluated = System.nanoTime();
		writer.results(runId, batch.employees(), outcomes);
		evaluating += evaluated - start;
		writing += System.nanoTime() - evaluated;
		Map<Predikat, Integer> agency = counts.computeIfAbsent(batch.agency(), a -> new EnumMap<>(Predikat.class));
		for (EmployeeOutcome outcome : outcomes) {
			if (outcome.predikat() != null) {
				agency.merge(outcome.predikat(), 1, Integer::sum);
			}
		}
		employees += batch.employees().size();
		progress.accept(employees);
	}

	@Override
	public void agencyDone(String agency, OrganisationRating rating) {
		if (rating == null) {
			return;
		}
		long start = System.nanoTime();
		List<CurveOutcome> curve = policy.checkCurve(agency, rating, counts.getOrDefault(agency, Map.of()));
		long checked = System.nanoTime();
		writer.findings(runId, rating, curve);
		evaluating += checked - start;
		writing += System.nanoTime() - checked;
		findings += curve.size();
	}

	int employees() {
		return employees;
	}

	int findings() {
		return findings;
	}

	/** Where a run of {@code nanos} went; reading is the rest (the loader calls this sink as it reads). */
	String split(long nanos) {
		return String.format("reading %d ms, evaluating %d ms, writing %d ms", (nanos - evaluating - writing) / 1_000_000,
				evaluating / 1_000_000, writing / 1_000_000);
	}

}
