package id.kinerja.appraisal;

import java.util.List;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.OrganisationRating;

/**
 * The rules' input for one agency and period.
 *
 * @param agency agency code, e.g. {@code dinkes}
 * @param organisationRating the unit's rating for the period, null if none was set
 */
public record AgencyFacts(String agency, OrganisationRating organisationRating, List<Employee> employees) {

	public AgencyFacts {
		employees = List.copyOf(employees);
	}

}
