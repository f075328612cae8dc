package id.kinerja.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Rows for one insert statement, sent in JDBC batches of {@link #SIZE}. */
final class Batch {

	static final int SIZE = 1000;

	private final JdbcTemplate jdbc;

	private final String sql;

	private final int[] types;

	private final List<Object[]> rows = new ArrayList<>(SIZE);

	private long count;

	private Batch parent;

	/** Explicit SQL types: Spring need not ask the driver for parameter metadata for each null. */
	Batch(JdbcTemplate jdbc, String sql, int... types) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.types = types;
	}

	/** Flushes {@code parent} first whenever this flushes, so foreign keys find their rows. */
	Batch after(Batch parent) {
		this.parent = parent;
		return this;
	}

	void add(Object... row) {
		rows.add(row);
		if (rows.size() == SIZE) {
			flush();
		}
	}

	void flush() {
		if (parent != null) {
			parent.flush();
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows, types);
			count += rows.size();
			rows.clear();
		}
	}

	long count() {
		return count;
	}

}
