package id.kinerja.policy.fact;

/** Position type (jenis jabatan). */
public enum Position {
	JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL
}
