package id.kinerja.policy.fact;

/** The weighted achievement of an employee's indicators, in percent. */
public record WorkScore(String nip, double value) implements Conclusion {

	public WorkScore {
		nip = Texts.bounded(nip);
	}

}
