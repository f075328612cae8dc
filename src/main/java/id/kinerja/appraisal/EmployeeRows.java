package id.kinerja.appraisal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An open result set ordered by employee id (its first column), read alongside the employees: one side of
 * a merge join, so a whole region is read with one statement per table and never held in memory.
 */
final class EmployeeRows implements AutoCloseable {

	/** PostgreSQL streams a result only with a fetch size (in a transaction); otherwise it reads it all. */
	private static final int FETCH = 1000;

	interface Row {

		void read(ResultSet rs) throws SQLException;

	}

	private final PreparedStatement statement;

	private final ResultSet rows;

	private boolean more;

	EmployeeRows(Connection connection, String sql, Object... args) throws SQLException {
		statement = connection.prepareStatement(sql);
		try {
			statement.setFetchSize(FETCH);
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			rows = statement.executeQuery();
			more = rows.next();
		}
		catch (SQLException | RuntimeException ex) {
			statement.close();
			throw ex;
		}
	}

	/** Every row in turn (for the driving side: the employees). */
	void forEach(Row row) throws SQLException {
		while (more) {
			row.read(rows);
			more = rows.next();
		}
	}

	/** Hands over the rows of employee {@code id}, skipping those of smaller ids (not in the scope). */
	void forEmployee(long id, Row row) throws SQLException {
		while (more && rows.getLong(1) < id) {
			more = rows.next();
		}
		while (more && rows.getLong(1) == id) {
			row.read(rows);
			more = rows.next();
		}
	}

	@Override
	public void close() throws SQLException {
		statement.close();
	}

}
