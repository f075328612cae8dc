package id.kinerja.benchmark;

import java.util.List;
import java.util.Map;

import id.kinerja.benchmark.PlainJavaMakassar.Outcome;
import id.kinerja.benchmark.Workload.AgencyGroup;
import id.kinerja.demo.DemoGenerator;
import id.kinerja.demo.GeneratedAgency;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.EmployeeOutcome;

/**
 * A large region streamed: employees are generated a chunk at a time, grouped by agency, evaluated by the
 * engine (and checked against plain Java), then dropped, so memory follows the chunk and not the region.
 */
final class Million {

	static final int CHUNK = 10_000;

	record Result(int employees, double seconds, double evaluationSeconds, long peakHeap, long liveAfter) {

		double rate() {
			return employees / seconds;
		}

		double evaluationRate() {
			return employees / evaluationSeconds;
		}

	}

	static Result run(int employees, CompiledPolicy policy, PlainJavaMakassar plain, Agreement agreement,
			HeapPeaks heap) {
		DemoGenerator generator = new DemoGenerator(Workload.SEED);
		Map<String, GeneratedAgency> agencies = Workload.agencies(generator);
		heap.reset();
		long start = System.nanoTime();
		long evaluating = 0;
		for (int from = 0; from < employees; from += CHUNK) {
			Workload chunk = Workload.generate(generator, agencies, from, Math.min(CHUNK, employees - from));
			for (AgencyGroup group : chunk.groups()) {
				long t = System.nanoTime();
				List<EmployeeOutcome> outcomes = policy.evaluate(group.agency(), group.employees());
				evaluating += System.nanoTime() - t;
				List<Outcome> expected = plain.evaluate(group.agency(), group.employees());
				agreement.compare(group.agency(), outcomes, expected);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = heap.peak();
		return new Result(employees, seconds, evaluating / 1e9, peak, HeapPeaks.liveAfterGc());
	}

}
