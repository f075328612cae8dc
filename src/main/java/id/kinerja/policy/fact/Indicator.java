package id.kinerja.policy.fact;

/**
 * One SKP work-result line: an indicator with its target and realisation.
 *
 * @param code indicator code, e.g. {@code WAKTU_TUNGGU}
 * @param weight weight in percent (0-100) within the SKP
 * @param higherIsBetter false for indicators such as waiting time or days to issue a document
 */
public record Indicator(String code, double weight, double target, double realisation, boolean higherIsBetter) {

	/**
	 * Achievement in percent: realisation over target; when lower is better, target over realisation (a
	 * default: PermenPANRB 6/2022 sets no formula), or with {@code formula82021} PermenPANRB 8/2021's formula
	 * for its "kondisi khusus", (1 + (1 - realisation / target)) x 100, never below 0. Capped at
	 * {@code maximum}. A target of 0 that is higher-is-better counts as met; one that is lower-is-better
	 * loses {@code zeroTargetPenalty} points per unit realised.
	 */
	public double achievement(double maximum, double zeroTargetPenalty, boolean formula82021) {
		if (target == 0) {
			return higherIsBetter ? 100 : Math.max(0, 100 - zeroTargetPenalty * realisation);
		}
		double ratio = higherIsBetter ? realisation / target
				: formula82021 ? Math.max(0, 2 - realisation / target) : target / Math.max(realisation, 0.000001);
		return Math.min(maximum, 100 * ratio);
	}

	/** Achievement with the default formula for lower-is-better indicators. */
	public double achievement(double maximum, double zeroTargetPenalty) {
		return achievement(maximum, zeroTargetPenalty, false);
	}

}
