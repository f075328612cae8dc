package id.kinerja.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The course catalogue, kept in the database. */
@Component
class Courses {

	/** Most urgent first; the code breaks ties so the same catalogue always maps a need the same way. */
	static final Comparator<Course> BY_PRIORITY = Comparator.comparingInt(Course::priority)
		.thenComparing(Course::code);

	private final JdbcClient jdbc;

	Courses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every course, most urgent first. */
	List<Course> all() {
		Map<String, List<String>> needs = new HashMap<>();
		jdbc.sql("select course_code, training_code from course_need order by training_code")
			.query((rs, row) -> needs.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return jdbc.sql("select code, name, jp, category, priority, provider from course")
			.query((rs, row) -> new Course(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getInt(5), rs.getString(6), needs.getOrDefault(rs.getString(1), List.of())))
			.list()
			.stream()
			.sorted(BY_PRIORITY)
			.toList();
	}

	/** The courses answering each training need, most urgent first. */
	Map<String, List<Course>> byNeed() {
		return byNeed(all());
	}

	/** The given courses by the training needs they answer, most urgent first. */
	static Map<String, List<Course>> byNeed(List<Course> courses) {
		Map<String, List<Course>> byNeed = new LinkedHashMap<>();
		for (Course course : courses.stream().sorted(BY_PRIORITY).toList()) {
			course.needs().forEach(need -> byNeed.computeIfAbsent(need, n -> new ArrayList<>()).add(course));
		}
		return byNeed;
	}

	long count() {
		return jdbc.sql("select count(*) from course").query(Long.class).single();
	}

	@Transactional
	void add(List<Course> courses) {
		for (Course course : courses) {
			jdbc.sql("insert into course (code, name, jp, category, priority, provider)"
					+ " values (:code, :name, :jp, :category, :priority, :provider)")
				.paramSource(course)
				.update();
			for (String need : course.needs()) {
				jdbc.sql("insert into course_need (course_code, training_code) values (:course, :need)")
					.param("course", course.code())
					.param("need", need)
					.update();
			}
		}
	}

}
