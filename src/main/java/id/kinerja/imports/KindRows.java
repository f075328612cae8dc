package id.kinerja.imports;

import java.util.List;
import java.util.Set;

/**
 * How one kind of file is read, matched and written. Rows are read and checked first; only a file without
 * errors reaches {@link #write}, inside the import's one transaction.
 */
interface KindRows<R> {

	/** The row's record, or null when something on it is wrong (the reasons are on the line). */
	R read(Line line, ImportContext context);

	/** The natural key, unique in a file unless {@link #numbered}. */
	String key(R row);

	/** Whether the row's key may repeat: then its occurrences are matched in order (anonymous forms, IKM lines). */
	default boolean numbered(R row) {
		return false;
	}

	/** What {@code replace} clears for this row: its period or year; empty for the region's own rows. */
	String scope(R row);

	/** The values an import sets, compared with {@link Stored.Row#signature()}. */
	String signature(R row);

	/** The stored rows of these scopes (every scope of the region when {@code scopes} is empty and replacing). */
	Stored stored(ImportContext context, Set<String> scopes);

	/** Checks across rows of the final state, e.g. SKP weights summing to 100 per employee. */
	default void check(List<Keyed<R>> rows, Stored stored, ImportContext context, List<RowError> errors) {
	}

	void write(Changes<R> changes, ImportContext context);

	/** A row read from the file with its line number and natural key. */
	record Keyed<R>(int line, String key, R row) {
	}

	/** What an import changes: new rows, stored rows to update (by id), stored rows to remove. */
	record Changes<R>(List<R> created, List<Update<R>> updated, List<Long> removed) {
	}

	record Update<R>(long id, R row) {
	}

}
