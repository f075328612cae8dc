package id.kinerja.policy;

import java.util.List;

import id.kinerja.policy.fact.Predikat;
import id.kinerja.policy.fact.Rating;

/**
 * What a policy concluded about one employee. Numbers are null where no rule computed them.
 *
 * @param unitHead whether the employee heads their unit: a head stays outside their unit's distribution curve
 * @param score the final score, where the policy computes one
 * @param warnings conclusions that contradict each other (two rules deciding one thing differently)
 * @param parameters the parameter values the fired rules read, with layer, file and source; filled only when
 * an explanation is asked for ({@link CompiledPolicy#explained}), empty from an evaluation
 */
public record EmployeeOutcome(String nip, boolean unitHead, Rating workResultRating, Rating behaviourRating, Predikat predikat,
		Double score, Double workScore, Double behaviourIndex, Double angkaKredit, Double developmentGap,
		List<AwardOutcome> awards, List<TrainingOutcome> trainings, List<FiredRule> firedRules,
		List<String> warnings, List<ParameterDefinition> parameters) {

	/** The same outcome explained with the parameters its rules read. */
	public EmployeeOutcome withParameters(List<ParameterDefinition> read) {
		return new EmployeeOutcome(nip, unitHead, workResultRating, behaviourRating, predikat, score, workScore,
				behaviourIndex, angkaKredit, developmentGap, awards, trainings, firedRules, warnings, read);
	}

	/** An award the employee is eligible for, and the rule that says so. */
	public record AwardOutcome(String code, String name, FiredRule rule) {
	}

	/** A recommended training, its reason and the rule that recommends it. */
	public record TrainingOutcome(String code, String name, double hours, String reason, FiredRule rule) {
	}

}
