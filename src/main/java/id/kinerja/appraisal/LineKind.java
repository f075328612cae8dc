package id.kinerja.appraisal;

/** Main (utama) or additional (tambahan) SKP work result. */
public enum LineKind {
	UTAMA, TAMBAHAN
}
