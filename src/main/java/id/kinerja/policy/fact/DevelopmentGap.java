package id.kinerja.policy.fact;

/** JP of competence development still missing to reach the yearly development right. */
public record DevelopmentGap(String nip, double missingHours) implements Conclusion {

	public DevelopmentGap {
		nip = Texts.bounded(nip);
	}

}
