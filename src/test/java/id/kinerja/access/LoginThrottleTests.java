package id.kinerja.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock-out grows with the failures, clears with the right password, and is audited once a minute. */
class LoginThrottleTests {

	final Clock clock = new Clock();

	final List<Object> events = new ArrayList<>();

	final LoginThrottle throttle = new LoginThrottle(new SignInSettings(
			List.of(limit(5, "PT5M"), limit(10, "PT1H"), limit(20, "P1D")), List.of(limit(30, "PT5M"))), clock,
			events::add);

	@Test
	void theWaitGrowsWithTheFailures() {
		List<Long> waits = new ArrayList<>();
		// a guesser who waits as long as told before each next wrong password
		for (int failures = 1; failures <= 22; failures++) {
			clock.pass(Duration.ofSeconds(waitSeconds()));
			throttle.failed("siti", "10.0.0.1");
			if (failures == 4 || failures == 5 || failures == 12 || failures == 22) {
				waits.add(waitSeconds());
			}
		}

		assertThat(waits.get(0)).as("after 4 failures").isZero();
		assertThat(waits.get(1)).as("after 5 failures").isEqualTo(60);
		assertThat(waits.get(2)).as("after 12 failures").isEqualTo(6 * 60);
		assertThat(waits.get(3)).as("after 22 failures").isGreaterThan(3600);
	}

	@Test
	void theRightPasswordClearsTheUserButNotTheAddress() {
		fail(4);
		throttle.succeeded("siti");
		fail(4);
		assertThatCode(() -> throttle.check("siti", "10.0.0.1")).doesNotThrowAnyException();
		for (int i = 0; i < 22; i++) {
			throttle.failed("orang" + i, "10.0.0.1");
		}
		assertThatThrownBy(() -> throttle.check("budi", "10.0.0.1")).isInstanceOf(SignInThrottled.class);
		assertThatCode(() -> throttle.check("budi", "10.0.0.2")).doesNotThrowAnyException();
	}

	@Test
	void refusalsAreAuditedOnceAMinute() {
		fail(5);
		for (int i = 0; i < 3; i++) {
			assertThatThrownBy(() -> throttle.check("siti", "10.0.0.1")).isInstanceOf(SignInThrottled.class);
		}
		assertThat(events).singleElement().isEqualTo(new SignInRefused("siti", "10.0.0.1", 60));
	}

	private void fail(int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed("siti", "10.0.0.1");
		}
	}

	private long waitSeconds() {
		try {
			throttle.check("siti", "10.0.0.9");
			return 0;
		}
		catch (SignInThrottled throttled) {
			return throttled.retryAfterSeconds();
		}
	}

	private static SignInSettings.Limit limit(int failures, String within) {
		return new SignInSettings.Limit(failures, Duration.parse(within));
	}

	/** Time as the test says it passes. */
	static final class Clock implements TimeMeter {

		private long nanos;

		void pass(Duration duration) {
			nanos += duration.toNanos();
		}

		@Override
		public long currentTimeNanos() {
			return nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	}

}
