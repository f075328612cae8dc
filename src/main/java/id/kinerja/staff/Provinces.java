package id.kinerja.staff;

import java.util.Map;

/** The 38 provinces by their BPS code, the first two digits of every region's code. */
final class Provinces {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("11", "Aceh"),
			Map.entry("12", "Sumatera Utara"), Map.entry("13", "Sumatera Barat"), Map.entry("14", "Riau"),
			Map.entry("15", "Jambi"), Map.entry("16", "Sumatera Selatan"), Map.entry("17", "Bengkulu"),
			Map.entry("18", "Lampung"), Map.entry("19", "Kepulauan Bangka Belitung"), Map.entry("21", "Kepulauan Riau"),
			Map.entry("31", "DKI Jakarta"), Map.entry("32", "Jawa Barat"), Map.entry("33", "Jawa Tengah"),
			Map.entry("34", "DI Yogyakarta"), Map.entry("35", "Jawa Timur"), Map.entry("36", "Banten"),
			Map.entry("51", "Bali"), Map.entry("52", "Nusa Tenggara Barat"), Map.entry("53", "Nusa Tenggara Timur"),
			Map.entry("61", "Kalimantan Barat"), Map.entry("62", "Kalimantan Tengah"),
			Map.entry("63", "Kalimantan Selatan"), Map.entry("64", "Kalimantan Timur"),
			Map.entry("65", "Kalimantan Utara"), Map.entry("71", "Sulawesi Utara"), Map.entry("72", "Sulawesi Tengah"),
			Map.entry("73", "Sulawesi Selatan"), Map.entry("74", "Sulawesi Tenggara"), Map.entry("75", "Gorontalo"),
			Map.entry("76", "Sulawesi Barat"), Map.entry("81", "Maluku"), Map.entry("82", "Maluku Utara"),
			Map.entry("91", "Papua Barat"), Map.entry("92", "Papua Barat Daya"), Map.entry("94", "Papua"),
			Map.entry("95", "Papua Selatan"), Map.entry("96", "Papua Tengah"), Map.entry("97", "Papua Pegunungan"));

	private Provinces() {
	}

	/** The province a BPS code belongs to, null when its first two digits name none. */
	static String of(String bpsCode) {
		return bpsCode == null || bpsCode.length() < 2 ? null : NAMES.get(bpsCode.substring(0, 2));
	}

}
