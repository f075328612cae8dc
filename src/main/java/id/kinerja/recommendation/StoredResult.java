package id.kinerja.recommendation;

import java.util.List;

import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;

/**
 * One employee's stored result, the part recommendations read.
 *
 * @param developmentGap JP still missing this year for the development right, null when none is missing
 */
record StoredResult(String nip, String name, String agency, String predikat, Double score, Double workScore,
		Double behaviourIndex, Double developmentGap, List<AwardOutcome> awards, List<TrainingOutcome> trainings) {

	StoredResult {
		awards = List.copyOf(awards);
		trainings = List.copyOf(trainings);
	}

	boolean holds(String award) {
		return awards.stream().anyMatch(a -> a.code().equals(award));
	}

}
