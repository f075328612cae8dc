package id.kinerja.benchmark;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.ToLongFunction;

/**
 * Employees per second of one evaluator on a pool of a given size: warm-up rounds on a subset, then timed
 * rounds on the whole workload. Parallel streams started inside a pool's task run on that pool, so the pool
 * size is the number of threads evaluating.
 */
final class Throughput {

	/** Employees per second over the timed rounds. */
	record Rate(int threads, int rounds, double median, double best) {

		String describe() {
			return String.format("median %,10.0f /s   best %,10.0f /s   (%d rounds)", median, best, rounds);
		}

	}

	static final int MIN_ROUNDS = 3;

	private static final long BUDGET_NANOS = 60_000_000_000L;

	/** Keeps the results observable so that no work is optimised away. */
	static volatile long sink;

	private final int warmupRounds;

	private final int rounds;

	Throughput(int warmupRounds, int rounds) {
		this.warmupRounds = warmupRounds;
		this.rounds = rounds;
	}

	Rate measure(int threads, Workload warmup, Workload workload, ToLongFunction<Workload> evaluator) {
		ForkJoinPool pool = new ForkJoinPool(threads, Throughput::worker, null, false);
		try {
			for (int i = 0; i < warmupRounds; i++) {
				sink += run(pool, warmup, evaluator);
			}
			double[] rates = new double[rounds];
			int done = 0;
			long begin = System.nanoTime();
			// a slow engine gets fewer rounds (at least MIN_ROUNDS), so a full run stays within minutes
			while (done < rounds && (done < MIN_ROUNDS || System.nanoTime() - begin < BUDGET_NANOS)) {
				long start = System.nanoTime();
				sink += run(pool, workload, evaluator);
				rates[done++] = workload.size() / ((System.nanoTime() - start) / 1e9);
			}
			double[] measured = Arrays.copyOf(rates, done);
			Arrays.sort(measured);
			return new Rate(threads, done, median(measured), measured[done - 1]);
		}
		finally {
			pool.shutdown();
		}
	}

	/** Pool threads get this class's loader as context loader, which exec:java's own threads have. */
	private static ForkJoinWorkerThread worker(ForkJoinPool pool) {
		ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
		thread.setContextClassLoader(Throughput.class.getClassLoader());
		return thread;
	}

	private static long run(ForkJoinPool pool, Workload workload, ToLongFunction<Workload> evaluator) {
		try {
			return pool.submit(() -> evaluator.applyAsLong(workload)).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	private static double median(double[] sorted) {
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
