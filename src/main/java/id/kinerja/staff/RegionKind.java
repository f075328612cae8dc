package id.kinerja.staff;

/** A city (kota) or a regency (kabupaten). */
public enum RegionKind {
	KOTA, KABUPATEN
}
