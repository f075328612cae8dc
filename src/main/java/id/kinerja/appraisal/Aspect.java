package id.kinerja.appraisal;

/** Aspect an SKP indicator measures. */
public enum Aspect {
	KUANTITAS, KUALITAS, WAKTU, BIAYA
}
