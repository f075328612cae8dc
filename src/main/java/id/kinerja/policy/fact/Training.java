package id.kinerja.policy.fact;

/** A recommended training with its length in JP and the reason for it. */
public record Training(String nip, String code, String name, double hours, String reason) implements Conclusion {

	public Training {
		nip = Texts.bounded(nip);
		code = Texts.bounded(code);
		name = Texts.bounded(name);
		reason = Texts.bounded(reason);
	}

}
