package id.kinerja.support;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.OrganisationRating;

/** A sink that keeps every batch and the order in which agencies were done; checks that done is last. */
public class CollectedFacts implements BatchSink {

	/** An agency reported complete, with its rating. */
	public record Done(String agency, OrganisationRating rating) {
	}

	public final List<AgencyBatch> batches = new ArrayList<>();

	public final List<Done> done = new ArrayList<>();

	@Override
	public void batch(AgencyBatch batch) {
		if (done.stream().anyMatch(d -> d.agency().equals(batch.agency()))) {
			throw new AssertionError("a batch of " + batch.agency() + " after it was done");
		}
		batches.add(batch);
	}

	@Override
	public void agencyDone(String agency, OrganisationRating rating) {
		done.add(new Done(agency, rating));
	}

	public List<String> agencies() {
		return done.stream().map(Done::agency).toList();
	}

	public List<Employee> employees() {
		return batches.stream().flatMap(b -> b.employees().stream()).toList();
	}

}
