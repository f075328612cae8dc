package id.kinerja.policy.fact;

/** Annual angka kredit coefficient of a functional level (reference table stated by the rules). */
public record CreditCoefficient(FunctionalLevel level, double value) {
}
