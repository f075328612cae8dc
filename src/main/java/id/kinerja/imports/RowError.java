package id.kinerja.imports;

import java.util.Arrays;

/**
 * One thing wrong with a file: its row (1 is the header, 0 the file as a whole), the column by its
 * canonical name, the value read, and the reason as a text of the bundles ({@code import.error.<code>}).
 */
record RowError(int row, String column, String value, String code, Object... args) {

	RowError {
		value = value == null || value.length() <= 100 ? value : value.substring(0, 100) + "…";
		args = Arrays.stream(args).map(String::valueOf).toArray();
	}

}
