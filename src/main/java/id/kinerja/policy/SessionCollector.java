package id.kinerja.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.fact.Conclusion;
import id.kinerja.policy.fact.CurveFinding;
import id.kinerja.policy.fact.Employee;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.reteoo.TupleImpl;
import org.drools.core.rule.consequence.InternalMatch;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Listens to one session: every fired rule goes to the explanation of the employee it matched, every
 * inserted conclusion to that employee's outcome, stamped with the rule that inserted it.
 */
final class SessionCollector extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

	private final RuleOrigins origins;

	private final Map<String, OutcomeBuilder> builders;

	private final List<CurveOutcome> curveFindings = new ArrayList<>();

	private final Map<Rule, Integer> firings = new HashMap<>();

	SessionCollector(RuleOrigins origins, List<Employee> employees) {
		this.origins = origins;
		this.builders = new HashMap<>(employees.size() * 2);
		for (Employee employee : employees) {
			builders.put(employee.nip(), new OutcomeBuilder(employee.nip(), employee.unitHead()));
		}
	}

	@Override
	public void beforeMatchFired(BeforeMatchFiredEvent event) {
		if (RunningRule.tracking) {
			RunningRule.firing(event.getMatch().getRule().getName());
		}
	}

	@Override
	public void afterMatchFired(AfterMatchFiredEvent event) {
		if (RunningRule.tracking) {
			RunningRule.firing(null);
		}
		Rule rule = event.getMatch().getRule();
		firings.merge(rule, 1, Integer::sum);
		OutcomeBuilder builder = builderOf(((InternalMatch) event.getMatch()).getTuple());
		if (builder != null) {
			builder.fired(origins.of(rule));
		}
	}

	/** Walks the matched facts without copying them: this runs for every firing. */
	private OutcomeBuilder builderOf(TupleImpl tuple) {
		for (TupleImpl current = tuple; current != null; current = current.getParent()) {
			InternalFactHandle handle = current.getFactHandle();
			Object fact = handle == null ? null : handle.getObject();
			if (fact instanceof Employee employee) {
				return builders.get(employee.nip());
			}
			if (fact instanceof Conclusion conclusion) {
				return builders.get(conclusion.nip());
			}
		}
		return null;
	}

	@Override
	public void objectInserted(ObjectInsertedEvent event) {
		Rule rule = event.getRule();
		if (rule == null) {
			return;
		}
		Object fact = event.getObject();
		if (fact instanceof Conclusion conclusion) {
			OutcomeBuilder builder = builders.get(conclusion.nip());
			if (builder != null) {
				builder.concluded(conclusion, origins.of(rule));
			}
		}
		else if (fact instanceof CurveFinding finding) {
			curveFindings.add(new CurveOutcome(finding.agency(), finding.constraint(), finding.actual(),
					finding.limit(), origins.of(rule)));
		}
	}

	@Override
	public void objectUpdated(ObjectUpdatedEvent event) {
		// facts are immutable records: rules insert new conclusions instead of modifying
	}

	@Override
	public void objectDeleted(ObjectDeletedEvent event) {
		// nothing to record
	}

	List<EmployeeOutcome> outcomes(List<Employee> employees) {
		List<EmployeeOutcome> outcomes = new ArrayList<>(employees.size());
		for (Employee employee : employees) {
			outcomes.add(builders.get(employee.nip()).build());
		}
		return outcomes;
	}

	List<CurveOutcome> curveFindings() {
		return curveFindings;
	}

	/** The rules that fired most, busiest first: the suspects when a rule set does not stop. */
	List<FiredRule> busiestRules(int limit) {
		return firings.entrySet()
			.stream()
			.sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed())
			.limit(limit)
			.map(entry -> origins.of(entry.getKey()))
			.toList();
	}

}
