package id.kinerja.access;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed sign-ins a user name and an address may have before the next attempts wait. Each limit
 * allows {@code failures} at once and one more every {@code within / failures} after that; stacked limits
 * make the wait grow with the failures (e.g. 1 minute after 5, 6 after 10, 72 after 20).
 *
 * @param perUser limits of failures per user name ({@code per-user[0].failures}, {@code per-user[0].within}, ...)
 * @param perAddress limits of failures per client address (an office shares one: higher limits)
 */
@Validated
@ConfigurationProperties("kinerja.sign-in")
record SignInSettings(@NotEmpty List<@Valid Limit> perUser, @NotEmpty List<@Valid Limit> perAddress) {

	record Limit(@Min(1) int failures, @NotNull Duration within) {
	}

}
