package id.kinerja.policy.fact;

/**
 * Bounds the text a rule puts in a conclusion. Rules may join texts ({@code "BERAKHLAK_" + $nilai}); a rule
 * set that joins a conclusion's text to itself again and again would double it at every firing and fill
 * the memory long before any cap on firings stopped it, so a conclusion refuses text past this length.
 */
final class Texts {

	static final int MAX = 500;

	private Texts() {
	}

	static String bounded(String value) {
		if (value != null && value.length() > MAX) {
			throw new IllegalArgumentException("teks kesimpulan lebih dari " + MAX + " karakter: "
					+ value.substring(0, 40) + "…");
		}
		return value;
	}

}
