package id.kinerja.recommendation;

import java.util.List;
import java.util.function.BiConsumer;

import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.OrganisationRating;

import org.springframework.stereotype.Component;

/** The employees' facts of a run's scope, as they are now, in batches of one agency's employees. */
@Component
class RunFacts {

	private final AppraisalFacts facts;

	RunFacts(AppraisalFacts facts) {
		this.facts = facts;
	}

	void each(String region, String agency, String period, BiConsumer<String, List<Employee>> sink) {
		facts.load(region, agency, period, new BatchSink() {

			@Override
			public void batch(AgencyBatch batch) {
				sink.accept(batch.agency(), batch.employees());
			}

			@Override
			public void agencyDone(String agency, OrganisationRating organisationRating) {
				// award rules read one employee at a time: nothing waits for the whole agency
			}

		});
	}

}
