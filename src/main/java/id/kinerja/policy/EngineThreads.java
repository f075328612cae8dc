package id.kinerja.policy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;

/**
 * The threads that compile and run rules. Drools finds its runtime through the thread's context class
 * loader; the common pool's threads have the system loader, which inside an executable jar (or Maven's
 * exec:java) does not see Drools, so parallel work runs on threads that carry the application's loader.
 */
final class EngineThreads {

	private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
			EngineThreads::newThread, null, false);

	private EngineThreads() {
	}

	/**
	 * Runs the work, and any parallel stream inside it, on the rule threads; inline when the caller is
	 * already a pool thread with the application's loader (a benchmark choosing its own thread count).
	 */
	static <T> T run(Supplier<T> work) {
		Thread current = Thread.currentThread();
		if (current instanceof ForkJoinWorkerThread
				&& current.getContextClassLoader() == EngineThreads.class.getClassLoader()) {
			return work.get();
		}
		return POOL.submit(work::get).join();
	}

	/** Starts the work on the rule threads without waiting for it. */
	static <T> CompletableFuture<T> async(Supplier<T> work) {
		return CompletableFuture.supplyAsync(work, POOL);
	}

	private static ForkJoinWorkerThread newThread(ForkJoinPool pool) {
		ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
		thread.setContextClassLoader(EngineThreads.class.getClassLoader());
		thread.setName("kinerja-rules-" + thread.getPoolIndex());
		return thread;
	}

}
