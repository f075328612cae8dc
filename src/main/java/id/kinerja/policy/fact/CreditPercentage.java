package id.kinerja.policy.fact;

/** Percentage of the annual coefficient earned with a predikat (reference table stated by the rules). */
public record CreditPercentage(Predikat predikat, double percent) {
}
