package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.policy.FiredRule;

/** One employee's stored result with its explanation: every rule that fired, with file and layer. */
public record EmployeeResult(String nip, String name, String agency, String workResultRating, String behaviourRating,
		String predikat, BigDecimal score, BigDecimal workScore, BigDecimal behaviourIndex, BigDecimal angkaKredit,
		BigDecimal developmentGap, List<AwardOutcome> awards, List<TrainingOutcome> trainings,
		List<FiredRule> firedRules, List<String> warnings) {
}
