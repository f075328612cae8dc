package id.kinerja.authoring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * A case table ({@code *.cases.csv}) as the policy officer edits it: every line in its place, comments
 * ({@code #}) and blank lines kept, the header and each row as cells; written back in the same format
 * (cells separated by {@code ;}, as the file separated them).
 *
 * @param separator {@code "; "} or {@code ";"}, as the file's header line separates its cells
 * @param columns how many cells every header and row line has (the widest line's)
 */
record CaseTableForm(String separator, int columns, List<Line> lines) {

	static final String COMMENT = "comment";

	static final String HEADER = "header";

	static final String ROW = "row";

	/**
	 * One line: a comment (or blank line) with its text, the header or a row with its cells (padded to the
	 * table's width); {@code written} is how many cells the line has in the file, since a row may stop
	 * before the columns it leaves empty.
	 */
	record Line(String kind, String text, List<String> cells, int written) {

		Line(String kind, String text, List<String> cells) {
			this(kind, text, cells, cells.size());
		}

	}

	static boolean applies(String path) {
		return path.endsWith(".cases.csv");
	}

	/** The table of a file's text; null when it has no header line, so only the text editor applies. */
	static CaseTableForm parse(String content) {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		List<String> raw = new ArrayList<>(List.of(text.split("\\R", -1)));
		if (!raw.isEmpty() && raw.get(raw.size() - 1).isEmpty()) {
			raw.remove(raw.size() - 1);
		}
		List<Line> lines = new ArrayList<>();
		String separator = null;
		for (String line : raw) {
			if (line.isBlank() || line.strip().startsWith("#")) {
				lines.add(new Line(COMMENT, line, List.of()));
			}
			else {
				if (separator == null) {
					separator = line.contains("; ") ? "; " : ";";
				}
				lines.add(new Line(lines.stream().anyMatch(l -> l.kind().equals(HEADER)) ? ROW : HEADER, null,
						split(line)));
			}
		}
		return separator == null ? null : padded(separator, lines);
	}

	private static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.split(";", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	/**
	 * The table a form submitted: {@code kind} once per line in order, {@code text} once per comment line,
	 * {@code header} and {@code cell} once per cell, each row with as many cells as the header.
	 */
	static CaseTableForm submitted(MultiValueMap<String, String> form) {
		List<String> texts = values(form, "text");
		List<String> header = values(form, HEADER);
		List<String> cells = values(form, "cell");
		int width = Math.max(header.size(), 1);
		int text = 0;
		int cell = 0;
		List<Line> lines = new ArrayList<>();
		for (String kind : values(form, "kind")) {
			if (kind.equals(COMMENT) && text < texts.size()) {
				lines.add(new Line(COMMENT, texts.get(text++), List.of()));
			}
			else if (kind.equals(HEADER)) {
				lines.add(new Line(HEADER, null, header));
			}
			else if (kind.equals(ROW) && cell + width <= cells.size()) {
				lines.add(new Line(ROW, null, List.copyOf(cells.subList(cell, cell + width))));
				cell += width;
			}
		}
		String separator = "; ".equals(form.getFirst("separator")) ? "; " : ";";
		return padded(separator, lines);
	}

	private static List<String> values(MultiValueMap<String, String> form, String name) {
		List<String> values = form.get(name);
		return values == null ? List.of() : values;
	}

	private static CaseTableForm padded(String separator, List<Line> lines) {
		int columns = lines.stream().mapToInt(line -> line.cells().size()).max().orElse(0);
		List<Line> padded = lines.stream().map(line -> line.kind().equals(COMMENT) ? line
				: new Line(line.kind(), null, pad(line.cells(), columns), line.written())).toList();
		return new CaseTableForm(separator, columns, padded);
	}

	private static List<String> pad(List<String> cells, int columns) {
		List<String> padded = new ArrayList<>(cells);
		while (padded.size() < columns) {
			padded.add("");
		}
		return padded;
	}

	/** The header's cells (the column names), for the labels of the row cells. */
	public List<String> header() {
		return lines.stream().filter(line -> line.kind().equals(HEADER)).findFirst().map(Line::cells)
			.orElse(List.of());
	}

	/** The same table with an empty row at the end. */
	CaseTableForm withRow() {
		List<Line> more = new ArrayList<>(lines);
		more.add(new Line(ROW, null, pad(List.of(), columns)));
		return new CaseTableForm(separator, columns, more);
	}

	/** The same table without the line at this index, if it is a row. */
	CaseTableForm without(int index) {
		if (index < 0 || index >= lines.size() || !lines.get(index).kind().equals(ROW)) {
			return this;
		}
		List<Line> fewer = new ArrayList<>(lines);
		fewer.remove(index);
		return new CaseTableForm(separator, columns, fewer);
	}

	/** The file's text: each line in order, cells joined by the separator, a line break after each. */
	String csv() {
		StringBuilder text = new StringBuilder();
		for (Line line : lines) {
			text.append(line.kind().equals(COMMENT) ? line.text()
					: String.join(separator, line.cells().subList(0, line.written())).stripTrailing())
				.append('\n');
		}
		return text.toString();
	}

}
