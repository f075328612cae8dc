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

	private final Map<Integer, Column> positions = new HashMap<>();

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
				positions.put(c, column);
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

	/** The cells of a data row by canonical column name. */
	Map<String, Cell> cells(List<Cell> row) {
		Map<String, Cell> cells = new HashMap<>();
		positions.forEach((position, column) -> {
			if (position < row.size()) {
				cells.put(column.name(), row.get(position));
			}
		});
		return cells;
	}

	List<String> ignored() {
		return ignored;
	}

	boolean knows(String column) {
		return positions.values().stream().anyMatch(c -> c.name().equals(column));
	}

}
