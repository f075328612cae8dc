package id.kinerja.policy.fact;

/** A numeric final score, where a region's policy computes one (e.g. 60% SKP + 40% behaviour). */
public record FinalScore(String nip, double value) implements Conclusion {

	public FinalScore {
		nip = Texts.bounded(nip);
	}

}
