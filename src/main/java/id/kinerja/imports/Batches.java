package id.kinerja.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows written with JDBC batches of {@value #SIZE}, parameter types given so no driver is asked for them. */
final class Batches {

	static final int SIZE = 1000;

	private Batches() {
	}

	static <T> void run(JdbcTemplate jdbc, String sql, List<T> items, int[] types, Function<T, Object[]> values) {
		List<Object[]> batch = new ArrayList<>(SIZE);
		for (T item : items) {
			batch.add(values.apply(item));
			if (batch.size() == SIZE) {
				jdbc.batchUpdate(sql, batch, types);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			jdbc.batchUpdate(sql, batch, types);
		}
	}

	/**
	 * Inserts rows into {@code table}'s {@code columns} (separated by ", "): with PostgreSQL's COPY where the
	 * database is PostgreSQL (several times faster than batched inserts on this machine), else JDBC batches.
	 */
	static <T> void insert(JdbcTemplate jdbc, String table, String columns, int[] types, List<T> items,
			Function<T, Object[]> values) {
		if (items.isEmpty()) {
			return;
		}
		boolean copied = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
			if (!connection.isWrapperFor(PGConnection.class)) {
				return false;
			}
			Copy.in(connection.unwrap(PGConnection.class), table, columns, items, values);
			return true;
		}));
		if (!copied) {
			int count = columns.split(",").length;
			run(jdbc, "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(count - 1) + "?)", items,
					types, values);
		}
	}

	/** Deletes rows by id, a thousand per statement. */
	static void delete(JdbcTemplate jdbc, String table, List<Long> ids) {
		for (int from = 0; from < ids.size(); from += SIZE) {
			List<Long> part = ids.subList(from, Math.min(ids.size(), from + SIZE));
			jdbc.update("delete from " + table + " where id in (" + "?,".repeat(part.size() - 1) + "?)",
					part.toArray());
		}
	}

	/** Deletes the rows of a table that belong to these employees (when employees are removed). */
	static void deleteOfEmployees(JdbcTemplate jdbc, String table, List<Long> employeeIds) {
		for (int from = 0; from < employeeIds.size(); from += SIZE) {
			List<Long> part = employeeIds.subList(from, Math.min(employeeIds.size(), from + SIZE));
			jdbc.update("delete from " + table + " where employee_id in (" + "?,".repeat(part.size() - 1) + "?)",
					part.toArray());
		}
	}

	/** A number as compared in signatures: 86.50 and 86.5 are one value. */
	static String number(java.math.BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

}
