package id.kinerja.demo;

import id.kinerja.appraisal.Aspect;

/**
 * An SKP indicator an agency uses.
 *
 * @param annualTarget typical target for a year (or the level for rates and durations)
 * @param scalesWithPeriod true for counts (patients served) whose target shrinks for a quarter or a month
 * @param decimals decimals of target and realisation
 * @param functional true if it belongs to functional posts (teachers, doctors), false for the others
 * @param zeroTargetPossible true for lower-is-better counts where a target of 0 makes sense (accidents)
 */
public record IndicatorSpec(String code, String name, Aspect aspect, String unit, double annualTarget,
		boolean higherIsBetter, boolean scalesWithPeriod, int decimals, Boolean functional,
		boolean zeroTargetPossible) {

	/** Applies to everybody when {@code functional} is null. */
	boolean appliesTo(boolean functionalPost) {
		return functional == null || functional == functionalPost;
	}

}
