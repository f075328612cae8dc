package id.kinerja.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import org.postgresql.PGConnection;

/** Rows sent to PostgreSQL with {@code COPY ... FROM STDIN} as CSV, ten thousand per statement. */
final class Copy {

	private static final int CHUNK = 10_000;

	private Copy() {
	}

	static <T> void in(PGConnection connection, String table, String columns, List<T> items,
			Function<T, Object[]> values) throws SQLException {
		String sql = "copy " + table + " (" + columns + ") from stdin (format csv)";
		StringBuilder csv = new StringBuilder(CHUNK * 64);
		try {
			for (int i = 0; i < items.size(); i++) {
				row(csv, values.apply(items.get(i)));
				if ((i + 1) % CHUNK == 0 || i == items.size() - 1) {
					connection.getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
					csv.setLength(0);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A CSV line: null as an empty unquoted field (COPY's NULL), text quoted, numbers plain. */
	private static void row(StringBuilder csv, Object[] values) {
		for (int v = 0; v < values.length; v++) {
			if (v > 0) {
				csv.append(',');
			}
			Object value = values[v];
			if (value instanceof BigDecimal number) {
				csv.append(number.toPlainString());
			}
			else if (value instanceof String text) {
				csv.append('"').append(text.replace("\"", "\"\"")).append('"');
			}
			else if (value != null) {
				csv.append(value);
			}
		}
		csv.append('\n');
	}

}
