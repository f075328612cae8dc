package id.kinerja.policy.fact;

/** The seven BerAKHLAK core values. */
public enum CoreValue {
	BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
}
