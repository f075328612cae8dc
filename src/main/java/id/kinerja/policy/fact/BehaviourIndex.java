package id.kinerja.policy.fact;

/** The combined behaviour score (1-5) of an employee over the BerAKHLAK values and assessors. */
public record BehaviourIndex(String nip, double value) implements Conclusion {

	public BehaviourIndex {
		nip = Texts.bounded(nip);
	}

}
