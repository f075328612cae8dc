package id.kinerja.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every row of every case table is a test: national tables with the national baseline, region and agency
 * tables with their region's policy.
 */
class PolicyCaseTests {

	private final PolicySources sources = new PolicySources(Path.of("."));

	private final PolicyCompiler compiler = new PolicyCompiler(EngineSettings.DEFAULTS);

	@TestFactory
	Stream<DynamicNode> caseTables() {
		List<DynamicNode> regions = new ArrayList<>();
		regions.add(policy(null, sources.read(null)));
		for (String region : sources.regions()) {
			List<PolicyFile> files = sources.read(region).stream().filter(f -> f.layer() != Layer.NATIONAL).toList();
			regions.add(policy(region, files));
		}
		return regions.stream();
	}

	private DynamicNode policy(String region, List<PolicyFile> tables) {
		CompiledPolicy policy = compiler.compile(region, sources.read(region));
		List<DynamicNode> rows = PolicyCases.cases(tables)
			.stream()
			.map(c -> (DynamicNode) dynamicTest(c.displayName(), () -> check(policy, c)))
			.toList();
		return dynamicContainer(region == null ? "nasional" : region, rows);
	}

	private static void check(CompiledPolicy policy, PolicyCase policyCase) {
		List<CaseFailure> failures = policyCase.check(policy);
		if (!failures.isEmpty()) {
			fail(failures.stream().map(CaseFailure::message).collect(Collectors.joining("\n")));
		}
	}

}
