package id.kinerja.policy.fact;

/** Rating of one axis (hasil kerja or perilaku kerja) against the leader's expectation. */
public enum Rating {
	DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI
}
