package id.kinerja.imports;

import java.util.List;

/** The first sheet of an uploaded file, read row by row (never the whole file in memory). */
interface Sheet extends AutoCloseable {

	/** The next row's cells (row 1 is the header), or null at the end; blank rows are skipped. */
	List<Cell> next();

	/** The 1-based number of the row {@link #next} returned last. */
	int rowNumber();

	@Override
	void close();

}
