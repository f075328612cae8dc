package id.kinerja.policy.fact;

/** Angka kredit earned in the period by an employee in a functional post. */
public record AngkaKredit(String nip, double value) implements Conclusion {

	public AngkaKredit {
		nip = Texts.bounded(nip);
	}

}
