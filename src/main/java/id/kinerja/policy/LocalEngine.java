package id.kinerja.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Parameter;
import id.kinerja.policy.fact.PredikatDistribution;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/** A scope's compiled rules run in this process: short sessions over batches, in parallel. */
final class LocalEngine implements ScopeEngine {

	/** Sessions are reset and reused: a fresh session per batch would rebuild its node memories each time. */
	private final KieSessionsPool sessions;

	private final RuleOrigins origins;

	LocalEngine(KieBase kieBase, RuleOrigins origins) {
		this.sessions = kieBase.newKieSessionsPool(2);
		this.origins = origins;
	}

	RuleOrigins origins() {
		return origins;
	}

	/** Batches run in parallel, one short-lived session each; outcomes keep the order of the employees. */
	@Override
	public List<EmployeeOutcome> evaluate(List<Employee> employees, List<Parameter> parameters,
			EngineSettings settings) {
		int size = settings.batchSize();
		int batches = (employees.size() + size - 1) / size;
		List<List<EmployeeOutcome>> results = EngineThreads.run(() -> IntStream.range(0, batches)
			.parallel()
			.mapToObj(i -> employees.subList(i * size, Math.min(employees.size(), (i + 1) * size)))
			.map(batch -> batch(batch, parameters, settings))
			.toList());
		List<EmployeeOutcome> outcomes = new ArrayList<>(employees.size());
		results.forEach(outcomes::addAll);
		return outcomes;
	}

	private List<EmployeeOutcome> batch(List<Employee> batch, List<Parameter> parameters, EngineSettings settings) {
		SessionCollector collector = new SessionCollector(origins, batch);
		run(collector, parameters, batch, settings.maxFiringsPerEmployee() * (batch.size() + 1), settings);
		return collector.outcomes(batch);
	}

	@Override
	public List<CurveOutcome> checkCurve(PredikatDistribution distribution, List<Parameter> parameters,
			EngineSettings settings) {
		SessionCollector collector = new SessionCollector(origins, List.of());
		run(collector, parameters, List.of(distribution), settings.maxFiringsPerEmployee(), settings);
		return List.copyOf(collector.curveFindings());
	}

	/** Fires the rules; a rule whose consequence fails stops the session with its name and reason. */
	private static int fire(KieSession session, int maxFirings) {
		try {
			return session.fireAllRules(maxFirings);
		}
		catch (ConsequenceException ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			throw new PolicyFailed("\"" + ex.getMatch().getRule().getName() + "\": " + cause.getMessage());
		}
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
			int fired = fire(session, maxFirings);
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
