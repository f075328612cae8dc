package id.kinerja.system;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;

/**
 * How much long work runs at once, and how much may wait for it. Sized against the connection pool: each
 * official run holds one connection for its transaction, a what-if two (reading and storing), a near-miss
 * list two; with the defaults (2 runs, 1 what-if, 1 near-miss list) at most 6 of the pool's 12 are taken by
 * long work, so reads, pages and sign-in always find one. What-ifs and near-miss lists are jobs of the
 * engine, each kind on a queue of its own with {@code whatIfs} and {@code nearMisses} threads on each
 * instance. Beyond the queue a request is refused with 429.
 *
 * @param runs official runs evaluated at once
 * @param runQueue official runs that may wait for one of those; their position is shown
 * @param whatIfs what-ifs evaluated at once
 * @param whatIfQueue what-ifs that may wait
 * @param nearMisses near-miss lists computed at once (each evaluates a whole run again, relaxed)
 * @param nearMissQueue near-miss lists that may wait
 * @param nearMissWait how long a request that starts a near-miss list waits for it before answering with
 * its progress
 * @param documentBundles agencies' PDFs of every document laid out at once on each instance (each takes
 * a core for up to minutes); one more is refused with 429
 */
@Validated
@ConfigurationProperties("kinerja.work")
public record Capacity(@DefaultValue("2") @Min(1) @Max(64) int runs, @DefaultValue("20") @Min(0) int runQueue,
		@DefaultValue("1") @Min(1) @Max(16) int whatIfs, @DefaultValue("10") @Min(0) int whatIfQueue,
		@DefaultValue("1") @Min(1) @Max(16) int nearMisses, @DefaultValue("10") @Min(0) int nearMissQueue,
		@DefaultValue("10s") Duration nearMissWait, @DefaultValue("2") @Min(1) @Max(64) int documentBundles) {

	/** A 429 for work beyond its queue, with when to try again. */
	public static Refusal busy(String work, int running, int waiting, Duration retryAfter) {
		return new Refusal(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "busyWork", work, running, waiting)
			.retryAfter(retryAfter.toSeconds());
	}

}
