package id.kinerja.policy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters each rule reads (its {@code Parameter( name == "x" )} patterns), read from a policy's files
 * once, so that an explanation names the values that decided a result beside the rules that fired.
 */
final class RuleParameters {

	private final Map<FiredRule, List<String>> byRule;

	private RuleParameters(Map<FiredRule, List<String>> byRule) {
		this.byRule = byRule;
	}

	static RuleParameters of(List<PolicyFile> files) {
		Map<FiredRule, List<String>> byRule = new HashMap<>();
		for (RuleShape rule : RuleShape.of(files)) {
			List<String> names = rule.patterns()
				.stream()
				.filter(RuleShape::isParameter)
				.map(RuleShape::parameterName)
				.filter(name -> name != null)
				.toList();
			byRule.put(new FiredRule(rule.name(), rule.file().path(), rule.file().layer()), names);
		}
		return new RuleParameters(byRule);
	}

	/** The parameters the rules read, once each in the order the rules fired, as they apply in the scope. */
	List<ParameterDefinition> read(List<FiredRule> fired, Map<String, ParameterDefinition> scope) {
		Map<String, ParameterDefinition> read = new LinkedHashMap<>();
		for (FiredRule rule : fired) {
			for (String name : byRule.getOrDefault(rule, List.of())) {
				ParameterDefinition definition = scope.get(name);
				if (definition != null) {
					read.putIfAbsent(name, definition);
				}
			}
		}
		return List.copyOf(read.values());
	}

}
