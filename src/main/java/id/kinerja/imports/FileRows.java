package id.kinerja.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * The rows of a file that read without errors, each with its natural key; a key seen before is an error of
 * the later row. Also the scopes (periods, years) the file touches, what a {@code replace} clears.
 */
record FileRows<R>(List<KindRows.Keyed<R>> rows, Set<String> scopes, int count) {

	static <R> FileRows<R> read(KindRows<R> kind, Header header, Sheet sheet, ImportContext context,
			List<RowError> errors, int maxRows, IntConsumer progress) {
		List<KindRows.Keyed<R>> rows = new ArrayList<>();
		Map<String, Integer> firstRow = new HashMap<>();
		Map<String, Integer> occurrences = new HashMap<>();
		Set<String> scopes = new TreeSet<>();
		if (context.period != null && context.kind.scope() != ImportKind.Scope.REGION) {
			scopes.add(context.kind.scope() == ImportKind.Scope.YEAR ? context.period.substring(0, 4) : context.period);
		}
		int count = 0;
		for (List<Cell> cells = sheet.next(); cells != null; cells = sheet.next()) {
			if (++count > maxRows) {
				throw new UnreadableFile("tooManyRows", maxRows);
			}
			Line line = new Line(sheet.rowNumber(), header, cells, errors);
			R row = kind.read(line, context);
			if (row != null) {
				String key = kind.numbered(row) ? Stored.numbered(occurrences, kind.key(row)) : kind.key(row);
				Integer first = firstRow.putIfAbsent(key, line.number());
				if (first != null) {
					errors.add(new RowError(line.number(), null, key.replace("|", ", "), "duplicateKey", first));
				}
				else {
					rows.add(new KindRows.Keyed<>(line.number(), key, row));
					scopes.add(kind.scope(row));
				}
			}
			if (count % 1000 == 0) {
				progress.accept(count);
			}
		}
		progress.accept(count);
		scopes.remove("");
		return new FileRows<>(rows, scopes, count);
	}

	/** New rows, changed rows (by stored id) and, replacing, the stored rows of the scopes the file leaves out. */
	KindRows.Changes<R> against(Stored stored, KindRows<R> kind, boolean replace) {
		List<R> created = new ArrayList<>();
		List<KindRows.Update<R>> updated = new ArrayList<>();
		Set<String> matched = new HashSet<>();
		for (KindRows.Keyed<R> row : rows) {
			Stored.Row existing = stored.get(row.key());
			if (existing == null) {
				created.add(row.row());
			}
			else {
				matched.add(row.key());
				if (!existing.signature().equals(kind.signature(row.row()))) {
					updated.add(new KindRows.Update<>(existing.id(), row.row()));
				}
			}
		}
		List<Long> removed = new ArrayList<>();
		if (replace) {
			stored.all().forEach((key, row) -> {
				if (!matched.contains(key)) {
					removed.add(row.id());
				}
			});
		}
		return new KindRows.Changes<>(created, updated, removed);
	}

}
