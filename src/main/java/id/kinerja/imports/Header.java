package id.kinerja.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row matched to a kind's columns, in any order: canonical names or aliases, compared
 * normalised. A required column missing or a column given twice is an error of row 1; columns the kind
 * does not know are ignored and reported.
 */
final class Header {

	private final Map<String, Integer> positions = new HashMap<>();

	private final List<String> ignored = new ArrayList<>();

	Header(List<Cell> cells, List<Column> columns, List<RowError> errors) {
		Map<Column, Integer> found = new LinkedHashMap<>();
		for (int c = 0; c < cells.size(); c++) {
			String title = cells.get(c).text() == null ? "" : cells.get(c).text().strip();
			if (title.isEmpty()) {
				continue;
			}
			Column column = match(columns, Column.normalise(title));
			if (column == null) {
				ignored.add(title);
			}
			else if (found.containsKey(column)) {
				errors.add(new RowError(1, column.name(), title, "columnTwice", Cell.letters(found.get(column))));
			}
			else {
				found.put(column, c);
				positions.put(column.name(), c);
			}
		}
		columns.stream()
			.filter(column -> column.required() && !found.containsKey(column))
			.forEach(column -> errors.add(new RowError(1, column.name(), null, "columnMissing",
					String.join(", ", column.aliases()))));
	}

	private static Column match(List<Column> columns, String normalised) {
		return columns.stream().filter(column -> column.matches(normalised)).findFirst().orElse(null);
	}

	/** Whether the file has the column at all. */
	boolean has(String column) {
		return positions.containsKey(column);
	}

	/** A data row's cell of a canonical column; null when the file has no such column or the row ends before it. */
	Cell cell(List<Cell> row, String column) {
		Integer position = positions.get(column);
		return position == null || position >= row.size() ? null : row.get(position);
	}

	List<String> ignored() {
		return ignored;
	}


}
