package id.kinerja.policy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Compiles a region's policy without Spring, for the benchmark (the compiler is package-private). */
public final class BenchmarkAccess {

	private BenchmarkAccess() {
	}

	/**
	 * The service that validates (in sandbox workers), publishes and reloads, over the folders under
	 * {@code root}; the workers end with this process.
	 */
	public static Policies policies(Path root) {
		PolicySettings settings = new PolicySettings(root.toString(), EngineSettings.DEFAULTS.batchSize(),
				EngineSettings.DEFAULTS.maxFiringsPerEmployee(), EngineSettings.DEFAULTS.maxSessionTime(), false);
		Sandbox sandbox = new Sandbox(SandboxSettings.DEFAULTS, settings.engine(), settings.rootFolder());
		Runtime.getRuntime().addShutdownHook(new Thread(sandbox::destroy));
		return new Policies(settings, sandbox, event -> {
		}, region -> Optional.empty());
	}

	/** Publishes without an archive: the benchmark has no database here. */
	public static CompiledPolicy publish(Policies policies, String region, Map<String, String> changes) {
		return policies.publish(region, changes, published -> {
		});
	}

	public static CompiledPolicy compile(Path root, String region) {
		return new PolicyCompiler(EngineSettings.DEFAULTS).compile(region, new PolicySources(root).read(region));
	}

}
