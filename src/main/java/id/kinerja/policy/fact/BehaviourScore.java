package id.kinerja.policy.fact;

/**
 * A behaviour score (1-5) for one BerAKHLAK value from one kind of assessor; several peers' scores for
 * the same value are averaged into one score when the facts are loaded.
 */
public record BehaviourScore(CoreValue value, Assessor assessor, double score) {
}
