package id.kinerja.imports;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values a column accepts, each with the spellings files use: compared in upper case without spaces,
 * dots, dashes or underscores, so {@code Di Atas Ekspektasi}, {@code DI_ATAS_EKSPEKTASI} and SIASN's
 * {@code DIATAS ESPEKTASI} are one value.
 */
final class Choices<T> {

	private final Map<String, T> values = new HashMap<>();

	private final Set<String> shown = new LinkedHashSet<>();

	/** Spellings seen, as written: a column of half a million rows holds a handful of them. */
	private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

	static <E extends Enum<E>> Choices<E> of(Class<E> type) {
		Choices<E> choices = new Choices<>();
		for (E constant : type.getEnumConstants()) {
			choices.add(constant, constant.name());
		}
		return choices;
	}

	/** {@code spellings[0]} is the one the error message lists. */
	Choices<T> add(T value, String... spellings) {
		shown.add(spellings[0]);
		for (String spelling : spellings) {
			values.put(key(spelling), value);
		}
		return this;
	}

	/** The value a spelling stands for; null also for a spelling that stands for "none" (see {@link #knows}). */
	T find(String text) {
		return values.get(key(text));
	}

	boolean knows(String text) {
		return values.containsKey(key(text));
	}

	String listed() {
		return String.join(", ", shown);
	}

	private String key(String text) {
		String key = keys.get(text);
		if (key == null) {
			key = text.toUpperCase(Locale.ROOT).replaceAll("[\\s._\\-/]+", "");
			if (keys.size() < 1000) {
				keys.put(text, key);
			}
		}
		return key;
	}

}
