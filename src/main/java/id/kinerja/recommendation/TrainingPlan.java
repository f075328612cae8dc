package id.kinerja.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.kinerja.recommendation.EmployeeTrainings.Need;

/**
 * An agency's training plan, built one employee at a time: per course the people, their NIPs and the JP it
 * costs, most urgent course first. A need the catalogue has no course for gets a row of its own, without a
 * course, so the gap shows in the plan.
 */
public final class TrainingPlan {

	/**
	 * One course for one agency.
	 *
	 * @param priority null for a need without a course in the catalogue
	 * @param course null for a need without a course in the catalogue
	 * @param jp JP per participant: the course's length, or the longest need where there is no course
	 * @param totalJp JP for all participants together
	 */
	public record Row(String agency, Integer priority, String course, String name, String category, int jp,
			List<String> needs, int participants, int totalJp, List<String> nips) {
	}

	static final Comparator<Row> ORDER = Comparator.comparing(Row::agency)
		.thenComparing(Row::priority, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Comparator.comparingInt(Row::participants).reversed())
		.thenComparing(Row::course, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(r -> r.needs().toString());

	private final Map<String, Course> catalogue = new LinkedHashMap<>();

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	TrainingPlan(List<Course> catalogue) {
		catalogue.forEach(course -> this.catalogue.put(course.code(), course));
	}

	void add(EmployeeTrainings employee) {
		for (String course : employee.courses()) {
			entry(employee.agency(), course, null).nips.add(employee.nip());
		}
		for (Need need : employee.needs()) {
			if (need.course() != null) {
				entry(employee.agency(), need.course(), null).needs.add(need.code());
			}
			else if (need.options().isEmpty()) {
				Entry entry = entry(employee.agency(), null, need.code());
				entry.nips.add(employee.nip());
				entry.hours = Math.max(entry.hours, need.hours());
			}
		}
	}

	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		entries.values().forEach(entry -> rows.add(entry.row()));
		rows.sort(ORDER);
		return rows;
	}

	private Entry entry(String agency, String course, String need) {
		String key = agency + "/" + (course != null ? course : "?" + need);
		return entries.computeIfAbsent(key, k -> new Entry(agency, catalogue.get(course), need));
	}

	/** A row being built. */
	private static final class Entry {

		private final String agency;

		private final Course course;

		private final Set<String> needs = new TreeSet<>();

		private final Set<String> nips = new TreeSet<>();

		private double hours;

		Entry(String agency, Course course, String need) {
			this.agency = agency;
			this.course = course;
			if (need != null) {
				needs.add(need);
			}
		}

		Row row() {
			int jp = course != null ? course.jp() : (int) Math.ceil(hours);
			return new Row(agency, course == null ? null : course.priority(), course == null ? null : course.code(),
					course == null ? null : course.name(), course == null ? null : course.category(), jp,
					List.copyOf(needs), nips.size(), jp * nips.size(), List.copyOf(nips));
		}

	}

}
