package id.kinerja.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap from the JVM's memory pools. The sum of each heap pool's peak is an upper bound of the real
 * peak (pools peak at different moments); with the young generation it also counts garbage not yet
 * collected, so it follows the heap limit as much as the data. The run keeps the highest figure seen.
 */
final class HeapPeaks {

	static final double MIB = 1024.0 * 1024.0;

	private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.toList();

	private long highestOfRun;

	/** Starts a phase: remembers the run's peak so far, then resets the pools' peaks. */
	void reset() {
		highestOfRun = Math.max(highestOfRun, peak());
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Sum of the heap pools' peaks since the last reset. */
	long peak() {
		return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	long peakOfRun() {
		return Math.max(highestOfRun, peak());
	}

	/** Heap in use after a full collection: what the phase still holds. */
	static long liveAfterGc() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	static String mib(long bytes) {
		return String.format("%,.0f MiB", bytes / MIB);
	}

}
