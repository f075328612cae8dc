package id.kinerja.policy.fact;

/** The predikat kinerja of an employee. */
public record PredikatKinerja(String nip, Predikat predikat) implements Conclusion {

	public PredikatKinerja {
		nip = Texts.bounded(nip);
	}

}
