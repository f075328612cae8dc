package id.kinerja.policy;

import java.nio.file.Path;

/** Compiles a region's policy without Spring, for the benchmark (the compiler is package-private). */
public final class BenchmarkAccess {

	private BenchmarkAccess() {
	}

	public static CompiledPolicy compile(Path root, String region) {
		return new PolicyCompiler(EngineSettings.DEFAULTS).compile(region, new PolicySources(root).read(region));
	}

}
