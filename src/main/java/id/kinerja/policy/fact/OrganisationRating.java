package id.kinerja.policy.fact;

/** Predikat kinerja organisasi (unit rating), set one level up. */
public enum OrganisationRating {
	ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG
}
