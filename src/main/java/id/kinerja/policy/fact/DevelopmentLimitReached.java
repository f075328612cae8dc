package id.kinerja.policy.fact;

/** A PPPK who has had the year's competence development the work agreement allows: no further training. */
public record DevelopmentLimitReached(String nip) implements Conclusion {
	public DevelopmentLimitReached {
		nip = Texts.bounded(nip);
	}
}
