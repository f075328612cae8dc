package id.kinerja.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs rule files that are not published yet in worker processes, never in the app: each worker has its own
 * heap, runs one call at a time under a wall-clock and a processor-time limit, and is killed and replaced
 * when it passes one. At most {@code workers} calls run at once and {@code queue} wait; more are refused
 * with 429, so no number of drafts can take the app's memory, its database or the official runs' processors.
 */
@Component
public class Sandbox implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

	private final SandboxSettings settings;

	private final EngineSettings engine;

	private final Path root;

	/** Last in, first out: the worker used last is the warmest. */
	private final BlockingDeque<WorkerProcess> idle = new LinkedBlockingDeque<>();

	private final Set<WorkerProcess> busy = ConcurrentHashMap.newKeySet();

	private final Semaphore free;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong ids = new AtomicLong();

	private final AtomicLong replaced = new AtomicLong();

	private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(daemon("sandbox-watch"));

	private final ExecutorService spawner = Executors.newSingleThreadExecutor(daemon("sandbox-spawn"));

	@Autowired
	Sandbox(SandboxSettings settings, PolicySettings policy) {
		this(settings, policy.engine(), policy.rootFolder());
	}

	Sandbox(SandboxSettings settings, EngineSettings engine, Path root) {
		this.settings = settings;
		this.engine = engine;
		this.root = root;
		this.free = new Semaphore(settings.workers(), true);
		watch.scheduleWithFixedDelay(() -> busy.forEach(WorkerProcess::enforceLimits), 100, 100, TimeUnit.MILLISECONDS);
		if (settings.prewarm()) {
			for (int i = 0; i < settings.workers(); i++) {
				spawner.execute(this::spawnIdle);
			}
		}
	}

	/** Every check of validation on a draft's files, in a worker. */
	Validation validate(String region, List<PolicyFile> files) {
		return with(worker -> answer(worker.call(SandboxCall.validate(ids.incrementAndGet(), region, files)))
			.validation());
	}

	/**
	 * Compiles and checks a draft in a worker and keeps that worker for the draft until the lease is closed,
	 * so the draft can be run (a what-if). A draft with problems comes back without a lease.
	 */
	DraftLease prepare(String region, List<PolicyFile> files) {
		WorkerProcess worker = acquire();
		try {
			String key = "draft-" + ids.incrementAndGet();
			SandboxReply reply = answer(worker.call(SandboxCall.prepare(ids.incrementAndGet(), region, files, key)));
			if (reply.scopes() == null) {
				release(worker);
				return new DraftLease(this, null, key, reply);
			}
			return new DraftLease(this, worker, key, reply);
		}
		catch (RuntimeException ex) {
			release(worker);
			throw ex;
		}
	}

	long nextId() {
		return ids.incrementAndGet();
	}

	/** How many workers were replaced since the start: killed for a limit, ended, or worn out. */
	long replaced() {
		return replaced.get();
	}

	/** The process ids of the workers running a call. */
	List<Long> busyWorkers() {
		return busy.stream().map(WorkerProcess::pid).toList();
	}

	/** The process ids of the workers, for tests that kill one. */
	List<Long> workers() {
		return Stream.concat(idle.stream(), busy.stream()).map(WorkerProcess::pid).toList();
	}

	private <T> T with(Function<WorkerProcess, T> work) {
		WorkerProcess worker = acquire();
		try {
			return work.apply(worker);
		}
		finally {
			release(worker);
		}
	}

	/** A failed call as the exception the app gives for it, the same as when rules run in the app. */
	static SandboxReply answer(SandboxReply reply) {
		if (reply.kind() != SandboxReply.Kind.FAILED) {
			return reply;
		}
		SandboxReply.Failure failure = reply.failure();
		if (failure.limit().startsWith("runaway")) {
			throw new RunawayPolicy(failure.limit(), failure.value(), failure.rules());
		}
		throw new PolicyFailed(failure.message());
	}

	WorkerProcess acquire() {
		if (!free.tryAcquire()) {
			if (waiting.incrementAndGet() > settings.queue()) {
				int now = waiting.decrementAndGet();
				throw new SandboxBusy(now, settings.timeLimit().toSeconds() / 2);
			}
			try {
				if (!free.tryAcquire(settings.timeLimit().toMillis() * 2, TimeUnit.MILLISECONDS)) {
					throw new SandboxBusy(waiting.get(), settings.timeLimit().toSeconds() / 2);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SandboxBusy(waiting.get(), 1);
			}
			finally {
				waiting.decrementAndGet();
			}
		}
		try {
			WorkerProcess worker = idle.pollFirst();
			while (worker != null && !worker.alive()) {
				worker = idle.pollFirst();
			}
			if (worker == null) {
				worker = WorkerProcess.start(settings, engine, root);
			}
			busy.add(worker);
			return worker;
		}
		catch (RuntimeException ex) {
			free.release();
			throw ex;
		}
	}

	void release(WorkerProcess worker) {
		busy.remove(worker);
		if (worker.alive() && !worker.worn()) {
			idle.offerFirst(worker);
		}
		else {
			worker.stop();
			replaced.incrementAndGet();
			if (settings.prewarm()) {
				spawner.execute(this::spawnIdle);
			}
		}
		free.release();
	}

	private void spawnIdle() {
		try {
			if (idle.size() + busy.size() < settings.workers()) {
				idle.offerLast(WorkerProcess.start(settings, engine, root));
			}
		}
		catch (RuntimeException ex) {
			log.error("Sandbox worker could not be started: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		watch.shutdownNow();
		spawner.shutdownNow();
		idle.forEach(WorkerProcess::stop);
		busy.forEach(WorkerProcess::stop);
	}

	private static ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

}
