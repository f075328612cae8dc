package id.kinerja.policy;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sandbox: worker processes that compile and run rule files not yet published.
 *
 * @param workers worker processes at most, each running one call at a time
 * @param heapMegabytes the heap of each worker; a worker that runs out of it is replaced
 * @param timeLimit wall-clock time of one call (a validation, or one batch of a what-if)
 * @param cpuLimit processor time of one call
 * @param queue calls that may wait for a free worker; more are refused with 429
 * @param recycleAfter calls after which a worker is replaced by a fresh one
 * @param prewarm start the workers with the app, so the first validation does not wait for one
 * @param nice run workers at a lower scheduling priority than the app (where {@code nice} exists)
 * @param maxReplyMegabytes the largest answer the app reads from a worker
 */
@Validated
@ConfigurationProperties("kinerja.sandbox")
record SandboxSettings(@DefaultValue("2") @Min(1) @Max(16) int workers,
		@DefaultValue("512") @Min(128) @Max(16384) int heapMegabytes, @DefaultValue("30s") Duration timeLimit,
		@DefaultValue("20s") Duration cpuLimit, @DefaultValue("8") @Min(0) int queue,
		@DefaultValue("200") @Min(1) int recycleAfter, @DefaultValue("true") boolean prewarm,
		@DefaultValue("true") boolean nice, @DefaultValue("256") @Min(1) @Max(2047) int maxReplyMegabytes) {

	static final SandboxSettings DEFAULTS = new SandboxSettings(2, 512, Duration.ofSeconds(30), Duration.ofSeconds(20),
			8, 200, false, true, 256);

}
