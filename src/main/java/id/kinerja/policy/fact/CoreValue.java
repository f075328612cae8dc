package id.kinerja.policy.fact;

/** The seven BerAKHLAK core values. */
public enum CoreValue {

	BERORIENTASI_PELAYANAN("Berorientasi Pelayanan"), AKUNTABEL("Akuntabel"), KOMPETEN("Kompeten"),
	HARMONIS("Harmonis"), LOYAL("Loyal"), ADAPTIF("Adaptif"), KOLABORATIF("Kolaboratif");

	private final String label;

	CoreValue(String label) {
		this.label = label;
	}

	/** The value as the regulation writes it, for names and reasons a person reads. */
	public String label() {
		return label;
	}

}
