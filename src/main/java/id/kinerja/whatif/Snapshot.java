package id.kinerja.whatif;

import java.util.List;

import id.kinerja.policy.EmployeeOutcome;

/** What a what-if compares of one employee's outcome. */
public record Snapshot(String workResultRating, String behaviourRating, String predikat, Double score, Double workScore,
		Double behaviourIndex, List<String> awards, List<String> trainings, double trainingHours) {

	static Snapshot of(EmployeeOutcome outcome) {
		return new Snapshot(name(outcome.workResultRating()), name(outcome.behaviourRating()), name(outcome.predikat()),
				outcome.score(), outcome.workScore(), outcome.behaviourIndex(),
				outcome.awards().stream().map(EmployeeOutcome.AwardOutcome::code).sorted().toList(),
				outcome.trainings().stream().map(EmployeeOutcome.TrainingOutcome::code).sorted().toList(),
				outcome.trainings().stream().mapToDouble(EmployeeOutcome.TrainingOutcome::hours).sum());
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
