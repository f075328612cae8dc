package id.kinerja.recommendation;

import java.util.List;

import id.kinerja.policy.FiredRule;

/**
 * One employee's training needs mapped to the catalogue.
 *
 * @param courses the courses planned for the employee, most urgent first: each need's most urgent course,
 * and the development-right course only for the JP the others leave missing
 */
record EmployeeTrainings(String nip, String name, String agency, String predikat, List<Need> needs, Jp jp,
		List<String> courses) {

	/**
	 * A need as the rule gave it, with the courses that answer it.
	 *
	 * @param course the course planned for it; null when the catalogue has none, or for the development right
	 * when the other courses already make up the missing JP
	 */
	record Need(String code, String name, double hours, String reason, FiredRule rule, String course,
			List<Option> options) {
	}

	/** A catalogue course that answers a need. */
	record Option(String code, String name, int jp, int priority) {

		static Option of(Course course) {
			return new Option(course.code(), course.name(), course.jp(), course.priority());
		}

	}

	/**
	 * The development right this year (20 JP by default, a parameter of the policy).
	 *
	 * @param missing JP still missing at the evaluation
	 * @param planned JP of the planned courses
	 * @param missingAfterPlan JP still missing once the planned courses are done
	 */
	record Jp(double missing, double planned, double missingAfterPlan) {
	}

}
