package id.kinerja.imports;

/**
 * One cell as read from a file: its text (a number as plainly written, a date as ISO), whether the file
 * stored it as a number or as a formula (whose cached value is the text), and where it is. Its reference
 * (e.g. C5) is only spelled out when an error names it: a large file has millions of cells.
 */
record Cell(String text, boolean number, boolean formula, int column, int row) {

	static Cell text(String text, int column, int row) {
		return new Cell(text, false, false, column, row);
	}

	boolean blank() {
		return text == null || text.isBlank();
	}

	/** The spreadsheet reference, e.g. C5. */
	String reference() {
		return letters(column) + row;
	}

	/** Excel letters of a 0-based column: 0 is A, 26 is AA. */
	static String letters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column; c >= 0; c = c / 26 - 1) {
			letters.insert(0, (char) ('A' + c % 26));
		}
		return letters.toString();
	}

}
