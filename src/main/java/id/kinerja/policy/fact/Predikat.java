package id.kinerja.policy.fact;

/** Predikat kinerja pegawai, best first. */
public enum Predikat {
	SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG
}
