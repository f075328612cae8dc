package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.policy.FiredRule;
import id.kinerja.policy.ParameterDefinition;

/**
 * One employee's stored result with its explanation: every rule that fired, with file and layer, and the
 * parameter values those rules read under the run's policy version (empty in lists of results).
 *
 * @param supervisorFeedback the assessing official's constructive feedback (umpan balik) for the run's period,
 * as kept with the appraisal data; null when none was given, and in lists of results
 */
public record EmployeeResult(String nip, String name, String agency, String workResultRating, String behaviourRating,
		String predikat, BigDecimal score, BigDecimal workScore, BigDecimal behaviourIndex, BigDecimal angkaKredit,
		BigDecimal developmentGap, List<AwardOutcome> awards, List<TrainingOutcome> trainings,
		List<FiredRule> firedRules, List<String> warnings, List<ParameterDefinition> parameters,
		String supervisorFeedback) {

	EmployeeResult withParameters(List<ParameterDefinition> read) {
		return new EmployeeResult(nip, name, agency, workResultRating, behaviourRating, predikat, score, workScore,
				behaviourIndex, angkaKredit, developmentGap, awards, trainings, firedRules, warnings, read,
				supervisorFeedback);
	}

	EmployeeResult withFeedback(String feedback) {
		return new EmployeeResult(nip, name, agency, workResultRating, behaviourRating, predikat, score, workScore,
				behaviourIndex, angkaKredit, developmentGap, awards, trainings, firedRules, warnings, parameters,
				feedback);
	}

}
