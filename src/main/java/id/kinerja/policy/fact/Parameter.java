package id.kinerja.policy.fact;

/** A named policy value (weight, threshold, quota) declared in a layer's {@code parameters.yml}. */
public record Parameter(String name, double value) {
}
