package id.kinerja.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How many long pieces of work of one kind (validations, what-ifs) each user has running: past the user's
 * limit a request is refused with 429 and {@code Retry-After}, so one user cannot take every worker.
 */
@Component
public class UserSlots {

	/** The kinds of work counted, with the setting that limits each. */
	public enum Kind {

		VALIDATION("validasi"), WHAT_IF("what-if");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	private final RequestLimits limits;

	private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

	UserSlots(RequestLimits limits) {
		this.limits = limits;
	}

	/**
	 * Takes one of the user's slots for this kind of work; close the slot when the work ends.
	 * @throws Refusal 429 when the user already runs as many as allowed
	 */
	public Slot take(Kind kind, String user) {
		AtomicInteger count = running.computeIfAbsent(kind + "/" + user, key -> new AtomicInteger());
		if (count.incrementAndGet() > limit(kind)) {
			count.decrementAndGet();
			throw busy(kind);
		}
		return new Slot(count);
	}

	/**
	 * For work that waits and runs as jobs, on any instance: the user's work of this kind still waiting or
	 * running, counted in the database, must leave room for one more.
	 * @throws Refusal 429 when it does not
	 */
	public void requireRoom(Kind kind, long inProgress) {
		if (inProgress >= limit(kind)) {
			throw busy(kind);
		}
	}

	private int limit(Kind kind) {
		return kind == Kind.VALIDATION ? limits.validationsPerUser() : limits.whatIfsPerUser();
	}

	private Refusal busy(Kind kind) {
		return new Refusal(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "busyUser", limit(kind), kind.label)
			.retryAfter(limits.retryAfter().toSeconds());
	}

	/** One running piece of work; closing it twice frees it once. */
	public static final class Slot implements AutoCloseable {

		private final AtomicInteger count;

		private boolean closed;

		private Slot(AtomicInteger count) {
			this.count = count;
		}

		@Override
		public synchronized void close() {
			if (!closed) {
				closed = true;
				count.decrementAndGet();
			}
		}

	}

}
