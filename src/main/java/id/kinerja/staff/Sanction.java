package id.kinerja.staff;

/** Disciplinary sanction on record in the last five years (hukuman disiplin). */
public enum Sanction {
	RINGAN, SEDANG, BERAT;

	/** Moderate and heavy sanctions bar awards such as Satyalancana Karya Satya. */
	public boolean heavy() {
		return this != RINGAN;
	}
}
