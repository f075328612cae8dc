package id.kinerja.appraisal;

import java.util.List;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.OrganisationRating;

/**
 * The rules' input for some employees of one agency and period: one batch of a streamed load.
 *
 * @param agency agency code, e.g. {@code dinkes}
 * @param organisationRating the unit's rating for the period, null if none was set
 */
public record AgencyBatch(String agency, OrganisationRating organisationRating, List<Employee> employees) {

	public AgencyBatch {
		employees = List.copyOf(employees);
	}

}
