package id.kinerja.imports;

import java.util.List;

/**
 * A column of an import file: its canonical Indonesian header, whether a row must fill it, and the names
 * e-Kinerja and SIASN exports give it. Headers are compared after {@link #normalise}.
 */
record Column(String name, boolean required, List<String> aliases) {

	static Column required(String name, String... aliases) {
		return new Column(name, true, List.of(aliases));
	}

	static Column optional(String name, String... aliases) {
		return new Column(name, false, List.of(aliases));
	}

	/**
	 * {@code NIP BARU}, {@code nipBaru}, {@code NIP_BARU} and {@code nip-baru} all become {@code nip_baru}:
	 * camel case split, lower case, every run of other characters one underscore.
	 */
	static String normalise(String header) {
		String split = header.strip().replaceAll("([a-z0-9])([A-Z])", "$1_$2");
		return split.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
	}

	boolean matches(String normalised) {
		return name.equals(normalised) || aliases.stream().anyMatch(alias -> normalise(alias).equals(normalised));
	}

}
