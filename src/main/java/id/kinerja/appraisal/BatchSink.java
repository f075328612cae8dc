package id.kinerja.appraisal;

import id.kinerja.policy.fact.OrganisationRating;

/** Receives the facts of a scope as {@link AppraisalFacts} reads them. */
public interface BatchSink {

	/**
	 * Some employees of one agency (at most the batch size), in id order within the agency; batches of
	 * different agencies interleave, as employees are read in id order across the scope.
	 */
	void batch(AgencyBatch batch);

	/** Each agency of the scope once, in code order, after all batches (also for an agency without employees). */
	void agencyDone(String agency, OrganisationRating organisationRating);

}
