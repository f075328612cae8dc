package id.kinerja.staff;

import java.time.ZoneId;

/** Indonesia's three time zones, by the names offices use: a region's times are shown in its own. */
public enum TimeZoneName {

	/** Waktu Indonesia Barat, UTC+7 (Sumatra, Java, West and Central Kalimantan). */
	WIB("Asia/Jakarta"),
	/** Waktu Indonesia Tengah, UTC+8 (Sulawesi, Bali, Nusa Tenggara, South, East and North Kalimantan). */
	WITA("Asia/Makassar"),
	/** Waktu Indonesia Timur, UTC+9 (Maluku, Papua). */
	WIT("Asia/Jayapura");

	private final ZoneId zone;

	TimeZoneName(String zone) {
		this.zone = ZoneId.of(zone);
	}

	public ZoneId zone() {
		return zone;
	}

}
