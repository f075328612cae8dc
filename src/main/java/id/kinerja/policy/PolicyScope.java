package id.kinerja.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Parameter;
import id.kinerja.policy.fact.PredikatDistribution;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/** The compiled rules and parameters that apply to one agency (or to a region's other agencies). */
final class PolicyScope {

	/** Sessions are reset and reused: a fresh session per batch would rebuild its node memories each time. */
	private final KieSessionsPool sessions;

	private final RuleOrigins origins;

	private final Map<String, ParameterDefinition> parameters;

	private final List<Parameter> parameterFacts;

	PolicyScope(KieBase kieBase, RuleOrigins origins, Map<String, ParameterDefinition> parameters,
			List<Parameter> parameterFacts) {
		this(kieBase.newKieSessionsPool(2), origins, parameters, parameterFacts);
	}

	private PolicyScope(KieSessionsPool sessions, RuleOrigins origins, Map<String, ParameterDefinition> parameters,
			List<Parameter> parameterFacts) {
		this.sessions = sessions;
		this.origins = origins;
		this.parameters = Map.copyOf(parameters);
		this.parameterFacts = List.copyOf(parameterFacts);
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
				(key, definition) -> new ParameterDefinition(key, definition.label(), value, definition.min(),
						definition.max(), definition.layer(), definition.file())));
		List<Parameter> facts = changed.values().stream().map(p -> new Parameter(p.name(), p.value())).toList();
		return new PolicyScope(sessions, origins, changed, facts);
	}

	Map<String, ParameterDefinition> parameters() {
		return parameters;
	}

	/** Runs one short-lived session over a batch of employees. */
	List<EmployeeOutcome> evaluate(List<Employee> batch, List<Parameter> parameters, EngineSettings settings) {
		SessionCollector collector = new SessionCollector(origins, batch);
		run(collector, parameters, batch, settings.maxFiringsPerEmployee() * (batch.size() + 1), settings);
		return collector.outcomes(batch);
	}

	/** Checks one agency's spread of predikat against the curve of its organisation rating. */
	List<CurveOutcome> checkCurve(PredikatDistribution distribution, EngineSettings settings) {
		SessionCollector collector = new SessionCollector(origins, List.of());
		run(collector, parameterFacts, List.of(distribution), settings.maxFiringsPerEmployee(), settings);
		return List.copyOf(collector.curveFindings());
	}

	List<Parameter> parameterFacts() {
		return parameterFacts;
	}

	private void run(SessionCollector collector, List<Parameter> parameters, List<?> facts, int maxFirings,
			EngineSettings settings) {
		KieSession session = sessions.newKieSession();
		session.addEventListener((AgendaEventListener) collector);
		session.addEventListener((RuleRuntimeEventListener) collector);
		SessionDeadline deadline = SessionDeadline.start(session::halt, settings.maxSessionTime());
		try {
			for (Parameter parameter : parameters) {
				session.insert(parameter);
			}
			for (Object fact : facts) {
				session.insert(fact);
			}
			int fired = session.fireAllRules(maxFirings);
			if (deadline.passed()) {
				throw RunawayPolicy.outOfTime(settings.maxSessionTime().toSeconds(), collector.busiestRules(5));
			}
			if (fired >= maxFirings) {
				throw RunawayPolicy.tooManyFirings(fired, collector.busiestRules(5));
			}
		}
		finally {
			deadline.cancel();
			session.removeEventListener((AgendaEventListener) collector);
			session.removeEventListener((RuleRuntimeEventListener) collector);
			session.dispose();
		}
	}

}
