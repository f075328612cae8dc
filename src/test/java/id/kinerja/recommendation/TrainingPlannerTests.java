package id.kinerja.recommendation;

import java.util.Arrays;
import java.util.List;

import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.policy.FiredRule;
import id.kinerja.policy.Layer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Needs to courses, the development right after the other courses, and the plan's rows. */
class TrainingPlannerTests {

	static final FiredRule RULE = new FiredRule("Pelatihan", "rules/pengembangan.drl", Layer.NATIONAL);

	final TrainingPlanner planner = new TrainingPlanner(Courses.byNeed(DemoCourses.CATALOGUE));

	@Test
	void theDevelopmentRightCourseIsPlannedOnlyForTheJpTheOtherCoursesLeaveMissing() {
		EmployeeTrainings twelveMissing = planner.advise(result("199001012015011001", 12.0, "BERAKHLAK_LOYAL",
				TrainingPlanner.DEVELOPMENT_RIGHT));
		EmployeeTrainings sixMissing = planner.advise(result("199001012015011002", 6.0, "BERAKHLAK_LOYAL",
				TrainingPlanner.DEVELOPMENT_RIGHT));

		assertThat(twelveMissing.courses()).containsExactly("BERAKHLAK-LOYAL", "E-LEARNING-KOMPETENSI");
		assertThat(twelveMissing.jp()).isEqualTo(new EmployeeTrainings.Jp(12, 28, 0));
		assertThat(sixMissing.courses()).containsExactly("BERAKHLAK-LOYAL");
		assertThat(sixMissing.jp()).isEqualTo(new EmployeeTrainings.Jp(6, 8, 0));
		assertThat(sixMissing.needs()).extracting(EmployeeTrainings.Need::course).containsExactly("BERAKHLAK-LOYAL", null);
	}

	@Test
	void oneCourseAnsweringTwoNeedsIsPlannedOnce() {
		EmployeeTrainings advised = planner.advise(result("199001012015011001", null, "PENINGKATAN_KINERJA",
				"PELAYANAN_PUBLIK", "BERAKHLAK_BERORIENTASI_PELAYANAN"));

		assertThat(advised.courses()).containsExactly("COACHING-KINERJA", "BERAKHLAK-PELAYANAN", "PELAYANAN-PRIMA");
		assertThat(advised.jp().planned()).isEqualTo(16 + 8 + 16);
	}

	@Test
	void thePlanCountsParticipantsPerCourseAndKeepsANeedWithoutCourseAsItsOwnRow() {
		TrainingPlan plan = new TrainingPlan(DemoCourses.CATALOGUE);
		plan.add(planner.advise(result("199001012015011001", null, "PENINGKATAN_KINERJA", "MENYELAM")));
		plan.add(planner.advise(result("199001012015011002", null, "PENINGKATAN_KINERJA")));

		assertThat(plan.rows()).containsExactly(
				new TrainingPlan.Row("dinkes", 1, "COACHING-KINERJA", "Coaching dan Mentoring Kinerja", "MANAJERIAL", 16,
						List.of("PENINGKATAN_KINERJA"), 2, 32, List.of("199001012015011001", "199001012015011002")),
				new TrainingPlan.Row("dinkes", null, null, null, null, 8, List.of("MENYELAM"), 1, 8,
						List.of("199001012015011001")));
	}

	private static StoredResult result(String nip, Double missing, String... needs) {
		List<TrainingOutcome> trainings = Arrays.stream(needs)
			.map(code -> new TrainingOutcome(code, code, 8, "alasan " + code, RULE))
			.toList();
		return new StoredResult(nip, "Pegawai", "dinkes", "BAIK", null, 100.0, 4.0, missing, List.of(), trainings);
	}

}
