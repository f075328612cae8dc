package id.kinerja.recommendation;

import java.util.List;
import java.util.function.BiConsumer;

import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.policy.fact.Employee;

import org.springframework.stereotype.Component;

/** The employees' facts of a run's scope, as they are now, one agency at a time. */
@Component
class RunFacts {

	private final AppraisalFacts facts;

	RunFacts(AppraisalFacts facts) {
		this.facts = facts;
	}

	void each(String region, String agency, String period, BiConsumer<String, List<Employee>> sink) {
		facts.load(region, agency, period, group -> sink.accept(group.agency(), group.employees()));
	}

}
