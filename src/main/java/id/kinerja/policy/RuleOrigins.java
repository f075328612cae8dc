package id.kinerja.policy;

import java.util.Map;

import org.kie.api.definition.rule.Rule;

/** Where each rule of a compiled policy was written: file and layer, by rule name. */
record RuleOrigins(Map<String, FiredRule> byName) {

	RuleOrigins {
		byName = Map.copyOf(byName);
	}

	FiredRule of(Rule rule) {
		FiredRule origin = byName.get(rule.getName());
		return origin != null ? origin : new FiredRule(rule.getName(), "?", Layer.NATIONAL);
	}

}
