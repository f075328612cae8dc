package id.kinerja.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Parameter;
import id.kinerja.policy.fact.PredikatDistribution;

/** The rules and parameters that apply to one agency (or to a region's other agencies). */
final class PolicyScope {

	private final ScopeEngine engine;

	private final Map<String, ParameterDefinition> parameters;

	private final List<Parameter> parameterFacts;

	PolicyScope(ScopeEngine engine, Map<String, ParameterDefinition> parameters) {
		this.engine = engine;
		this.parameters = Map.copyOf(parameters);
		this.parameterFacts = parameters.values().stream().map(p -> new Parameter(p.name(), p.value())).toList();
	}

	/**
	 * The same rules with other parameter values (already checked against their ranges): parameters are
	 * facts, so a what-if needs no compilation.
	 */
	PolicyScope withValues(Map<String, Double> values) {
		if (values.isEmpty()) {
			return this;
		}
		Map<String, ParameterDefinition> changed = new LinkedHashMap<>(parameters);
		values.forEach((name, value) -> changed.computeIfPresent(name,
				(key, definition) -> definition.withValue(value, definition.layer(), definition.file())));
		return new PolicyScope(engine, changed);
	}

	Map<String, ParameterDefinition> parameters() {
		return parameters;
	}

	ScopeEngine engine() {
		return engine;
	}

	List<EmployeeOutcome> evaluate(List<Employee> employees, EngineSettings settings) {
		return engine.evaluate(employees, parameterFacts, settings);
	}

	/** Checks one agency's spread of predikat against the curve of its organisation rating. */
	List<CurveOutcome> checkCurve(PredikatDistribution distribution, EngineSettings settings) {
		return engine.checkCurve(distribution, parameterFacts, settings);
	}

}
