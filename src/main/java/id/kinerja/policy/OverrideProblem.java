package id.kinerja.policy;

/** A parameter override a what-if cannot use: the key as given and why. */
public record OverrideProblem(String field, String reason) {
}
