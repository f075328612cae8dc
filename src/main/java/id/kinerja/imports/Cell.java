package id.kinerja.imports;

/**
 * One cell as read from a file: its text (a number as plainly written, a date as ISO), whether the file
 * stored it as a number or as a formula (whose cached value is the text), and its reference, e.g. C5.
 */
record Cell(String text, boolean number, boolean formula, String reference) {

	static Cell text(String text, String reference) {
		return new Cell(text, false, false, reference);
	}

	boolean blank() {
		return text == null || text.isBlank();
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
