package id.kinerja.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * What the database holds for the file's scope, by the same natural keys the rows get: the row's id and a
 * signature of the values an import sets, so an identical row is counted unchanged and not written.
 */
final class Stored {

	/** One stored row; {@code amount} carries what a kind checks across rows (an SKP line's weight). */
	record Row(long id, String signature, double amount) {
	}

	private final Map<String, Row> rows = new HashMap<>();

	private final Map<String, Integer> occurrences = new HashMap<>();

	void add(String key, long id, String signature, double amount) {
		rows.put(key, new Row(id, signature, amount));
	}

	/** A row whose key may repeat (anonymous forms, IKM lines), numbered in id order: call in id order. */
	void addNumbered(String key, long id, String signature, double amount) {
		add(numbered(occurrences, key), id, signature, amount);
	}

	Row get(String key) {
		return rows.get(key);
	}

	Map<String, Row> all() {
		return rows;
	}

	/** {@code key#n} for the n-th occurrence of the key so far. */
	static String numbered(Map<String, Integer> seen, String key) {
		return key + "#" + seen.merge(key, 1, Integer::sum);
	}

}
