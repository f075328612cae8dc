package id.kinerja.benchmark;

import java.util.Arrays;

/** Seconds a task takes, and the median of a few rounds. */
final class Timing {

	private Timing() {
	}

	static double seconds(Runnable task) {
		long start = System.nanoTime();
		task.run();
		return (System.nanoTime() - start) / 1e9;
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
