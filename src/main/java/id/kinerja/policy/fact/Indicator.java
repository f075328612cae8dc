package id.kinerja.policy.fact;

/**
 * One SKP work-result line: an indicator with its target and realisation.
 *
 * @param code indicator code, e.g. {@code WAKTU_TUNGGU}
 * @param weight weight in percent (0-100) within the SKP
 * @param higherIsBetter false for indicators such as waiting time or days to issue a document
 */
public record Indicator(String code, double weight, double target, double realisation, boolean higherIsBetter) {
}
