package id.kinerja.policy.fact;

/** Achievement of one indicator in percent of its target, as derived by the rules. */
public record Achievement(String nip, String code, double weight, double percent) implements Conclusion {

	public Achievement {
		nip = Texts.bounded(nip);
		code = Texts.bounded(code);
	}

}
