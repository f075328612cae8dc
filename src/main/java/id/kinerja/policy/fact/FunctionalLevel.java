package id.kinerja.policy.fact;

/** Level of a functional post (jenjang jabatan fungsional): keahlian and keterampilan. */
public enum FunctionalLevel {
	AHLI_PERTAMA, AHLI_MUDA, AHLI_MADYA, AHLI_UTAMA, PEMULA, TERAMPIL, MAHIR, PENYELIA
}
