package id.kinerja.whatif;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.kinerja.support.AsAdmin;

import org.springframework.context.ApplicationContext;

/** Runs a what-if inside a benchmark's application context, as an administrator (the service is package-private). */
public final class WhatIfBenchmarkAccess {

	private WhatIfBenchmarkAccess() {
	}

	/** What one what-if took and found. */
	public record Run(double seconds, int evaluated, int changed, String status) {
	}

	public static Run run(ApplicationContext context, String region, String period, Map<String, Double> overrides) {
		return run(context, region, period, overrides, Map.of());
	}

	/** A what-if with edited files: its draft is compiled and run in a sandbox worker. */
	public static Run run(ApplicationContext context, String region, String period, Map<String, Double> overrides,
			Map<String, String> files) {
		return AsAdmin.call("benchmark", () -> {
			long start = System.nanoTime();
			WhatIfOutcome outcome = context.getBean(WhatIfs.class)
				.start(new WhatIfRequest(region, List.of(), period, files, overrides, "benchmark"), Duration.ofMinutes(5));
			double seconds = (System.nanoTime() - start) / 1e9;
			return new Run(seconds, outcome.summary() == null ? 0 : outcome.summary().evaluated(),
					outcome.summary() == null ? 0 : outcome.summary().changed(), outcome.status());
		});
	}

}
