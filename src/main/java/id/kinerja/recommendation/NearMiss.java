package id.kinerja.recommendation;

import java.util.List;

import id.kinerja.policy.FiredRule;

/**
 * An employee who did not get an award and would with one condition relaxed.
 *
 * @param condition the condition missed, as the rule file writes it
 * @param parameter the parameter relaxed, null for a condition on a number (e.g. years of service)
 * @param threshold the parameter's value in the employee's agency, or the number the condition asks for
 * @param relaxedTo the least relaxed value tried at which the employee qualifies
 * @param relaxation how far that is, in percent of the parameter's valid range
 * @param shortBy how far the employee's own figure is from the threshold, where the condition compares
 * the figure with it directly
 * @param figures the employee's own figures the condition reads, where known
 */
public record NearMiss(String award, String nip, String name, String agency, String predikat, FiredRule rule,
		String condition, String parameter, String label, double threshold, Double relaxedTo, Double relaxation,
		Double shortBy, List<Figure> figures, String note) {

	/**
	 * A figure of the employee: a score, a field of the facts, or an indicator with its target.
	 *
	 * @param target the indicator's target, null for other figures
	 * @param achievement the indicator's realisation in percent of its target, null for other figures
	 */
	public record Figure(String name, double value, Double target, Double achievement) {

		static Figure of(String name, double value) {
			return new Figure(name, value, null, null);
		}

	}

}
