package id.kinerja.policy.fact;

/** Eligibility for an award, e.g. {@code TELADAN_GURU}. */
public record Award(String nip, String code, String name) implements Conclusion {
}
