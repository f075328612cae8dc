package id.kinerja.policy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Halts a rule session that runs past its time limit. The cap on firings stops rules that loop; this
 * stops rules that run long between firings. One daemon thread serves every session.
 */
final class SessionDeadline {

	private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "rule-session-deadline");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean passed = new AtomicBoolean();

	private final ScheduledFuture<?> timer;

	private SessionDeadline(Runnable halt, Duration limit) {
		this.timer = TIMER.schedule(() -> {
			passed.set(true);
			halt.run();
		}, limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	static SessionDeadline start(Runnable halt, Duration limit) {
		return new SessionDeadline(halt, limit);
	}

	boolean passed() {
		return passed.get();
	}

	void cancel() {
		timer.cancel(false);
	}

}
