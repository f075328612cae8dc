package id.kinerja.staff;

/** A city (kota), a regency (kabupaten) or a province (provinsi). */
public enum RegionKind {
	KOTA, KABUPATEN, PROVINSI
}
