package id.kinerja.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.recommendation.EmployeeTrainings.Jp;
import id.kinerja.recommendation.EmployeeTrainings.Need;
import id.kinerja.recommendation.EmployeeTrainings.Option;

/**
 * Maps an employee's training needs to the catalogue: each need to its most urgent course (one course
 * answering several needs is planned once). Every course counts towards the yearly development right, so
 * the course for the right itself is planned only for the JP the other courses leave missing.
 */
final class TrainingPlanner {

	/** The need the national rule gives for JP missing from the development right. */
	static final String DEVELOPMENT_RIGHT = "PENGEMBANGAN_KOMPETENSI";

	private final Map<String, List<Course>> byNeed;

	TrainingPlanner(Map<String, List<Course>> byNeed) {
		this.byNeed = byNeed;
	}

	EmployeeTrainings advise(StoredResult result) {
		Map<String, Course> planned = new LinkedHashMap<>();
		for (TrainingOutcome training : result.trainings()) {
			Course course = first(training.code());
			if (course != null && !training.code().equals(DEVELOPMENT_RIGHT)) {
				planned.putIfAbsent(course.code(), course);
			}
		}
		double missing = result.developmentGap() == null ? 0 : result.developmentGap();
		Course forRight = first(DEVELOPMENT_RIGHT);
		boolean rightNeeded = missing > hours(planned) && forRight != null
				&& result.trainings().stream().anyMatch(t -> t.code().equals(DEVELOPMENT_RIGHT));
		if (rightNeeded) {
			planned.putIfAbsent(forRight.code(), forRight);
		}
		List<Need> needs = result.trainings().stream().map(t -> need(t, planned)).toList();
		double hours = hours(planned);
		return new EmployeeTrainings(result.nip(), result.name(), result.agency(), result.predikat(), needs,
				new Jp(missing, hours, Math.max(0, missing - hours)),
				planned.values().stream().sorted(Courses.BY_PRIORITY).map(Course::code).toList());
	}

	private Need need(TrainingOutcome training, Map<String, Course> planned) {
		List<Course> courses = byNeed.getOrDefault(training.code(), List.of());
		String course = courses.stream().map(Course::code).filter(planned::containsKey).findFirst().orElse(null);
		return new Need(training.code(), training.name(), training.hours(), training.reason(), training.rule(), course,
				courses.stream().map(Option::of).toList());
	}

	private Course first(String need) {
		List<Course> courses = byNeed.getOrDefault(need, List.of());
		return courses.isEmpty() ? null : courses.get(0);
	}

	private static double hours(Map<String, Course> courses) {
		return courses.values().stream().mapToInt(Course::jp).sum();
	}

}
