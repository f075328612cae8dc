package id.kinerja.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.kinerja.policy.BenchmarkAccess;

/**
 * Compile time of each region's policy: cold is the first compile of that region in this JVM (for the first
 * region also the JVM's first use of Drools), warm the median of a few compiles after it.
 */
final class CompileTimes {

	static final List<String> REGIONS = List.of("makassar", "medan", "mamuju", "tanjungpinang");

	private static final int WARM_ROUNDS = 3;

	record CompileTime(String region, double coldSeconds, double warmSeconds) {
	}

	static List<CompileTime> measure(Path root) {
		List<CompileTime> times = new ArrayList<>();
		for (String region : REGIONS) {
			double cold = seconds(root, region);
			double[] warm = new double[WARM_ROUNDS];
			for (int i = 0; i < WARM_ROUNDS; i++) {
				warm[i] = seconds(root, region);
			}
			Arrays.sort(warm);
			times.add(new CompileTime(region, cold, warm[WARM_ROUNDS / 2]));
		}
		return times;
	}

	private static double seconds(Path root, String region) {
		long start = System.nanoTime();
		BenchmarkAccess.compile(root, region);
		return (System.nanoTime() - start) / 1e9;
	}

}
