package id.kinerja.policy;

/** A breach of the distribution curve in one agency, with the rule that found it. */
public record CurveOutcome(String agency, String constraint, double actual, double limit, FiredRule rule) {
}
