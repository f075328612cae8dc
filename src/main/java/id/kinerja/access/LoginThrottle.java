package id.kinerja.access;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per user name and per address, as Bucket4j buckets of failures (one token per failure,
 * refilled over time) kept in a bounded Caffeine cache. While either bucket is empty, the next attempt waits,
 * whatever its password. Refusals are audited at most once a minute per user name and address.
 */
@Component
class LoginThrottle {

	private static final Duration KEPT = Duration.ofDays(1);

	private final SignInSettings settings;

	private final TimeMeter clock;

	private final ApplicationEventPublisher events;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(200_000)
		.expireAfterAccess(KEPT)
		.build();

	private final Cache<String, Boolean> audited = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	@Autowired
	LoginThrottle(SignInSettings settings, ApplicationEventPublisher events) {
		this(settings, TimeMeter.SYSTEM_MILLISECONDS, events);
	}

	LoginThrottle(SignInSettings settings, TimeMeter clock, ApplicationEventPublisher events) {
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/** Refuses the attempt while the user name or the address has failed too often. */
	void check(String username, String address) {
		Duration wait = max(wait(userKey(username)), wait(addressKey(address)));
		if (wait.isZero()) {
			return;
		}
		SignInThrottled refusal = new SignInThrottled(wait);
		if (audited.asMap().putIfAbsent(userKey(username) + " " + address, Boolean.TRUE) == null) {
			events.publishEvent(new SignInRefused(username, address, refusal.retryAfterSeconds()));
		}
		throw refusal;
	}

	void failed(String username, String address) {
		bucket(userKey(username), settings.perUser()).tryConsume(1);
		bucket(addressKey(address), settings.perAddress()).tryConsume(1);
	}

	/** The right password clears the user name's failures (not the address's). */
	void succeeded(String username) {
		buckets.invalidate(userKey(username));
	}

	private Duration wait(String key) {
		Bucket bucket = buckets.getIfPresent(key);
		if (bucket == null) {
			return Duration.ZERO;
		}
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	private Bucket bucket(String key, List<SignInSettings.Limit> limits) {
		return buckets.get(key, k -> {
			LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(clock);
			limits.forEach(limit -> builder
				.addLimit(b -> b.capacity(limit.failures()).refillGreedy(limit.failures(), limit.within())));
			return builder.build();
		});
	}

	private static String userKey(String username) {
		return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
