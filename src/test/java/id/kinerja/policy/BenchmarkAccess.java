package id.kinerja.policy;

import java.nio.file.Path;

/** Compiles a region's policy without Spring, for the benchmark (the compiler is package-private). */
public final class BenchmarkAccess {

	private BenchmarkAccess() {
	}

	/** The service that validates, publishes and reloads, over the folders under {@code root}. */
	public static Policies policies(Path root) {
		return new Policies(new PolicySettings(root.toString(), EngineSettings.DEFAULTS.batchSize(),
				EngineSettings.DEFAULTS.maxFiringsPerEmployee(), EngineSettings.DEFAULTS.maxSessionTime()), event -> {
				});
	}

	public static CompiledPolicy compile(Path root, String region) {
		return new PolicyCompiler(EngineSettings.DEFAULTS).compile(region, new PolicySources(root).read(region));
	}

}
