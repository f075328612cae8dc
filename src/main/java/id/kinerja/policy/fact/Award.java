package id.kinerja.policy.fact;

/** Eligibility for an award, e.g. {@code TELADAN_GURU}. */
public record Award(String nip, String code, String name) implements Conclusion {

	public Award {
		nip = Texts.bounded(nip);
		code = Texts.bounded(code);
		name = Texts.bounded(name);
	}

}
