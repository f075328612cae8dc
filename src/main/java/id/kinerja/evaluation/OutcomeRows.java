package id.kinerja.evaluation;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The rows of a result's awards and trainings, beside the result's full lists: what filters and counts
 * read in SQL.
 */
final class OutcomeRows {

	static final String INSERT = "insert into result_outcome (run_id, nip, kind, code, name) values (?, ?, ?, ?, ?)";

	static final String AWARD = "AWARD";

	static final String TRAINING = "TRAINING";

	/** Results of the run holding an outcome of this kind and code ({@code :run}, {@code :code} bound). */
	static String holding(String kind) {
		return "exists (select 1 from result_outcome o where o.run_id = evaluation_result.run_id"
				+ " and o.nip = evaluation_result.nip and o.kind = '" + kind + "' and o.code = :" + kind.toLowerCase() + ")";
	}

	private OutcomeRows() {
	}

	static void bind(PreparedStatement insert, long run, String nip, String kind, String code, String name)
			throws SQLException {
		insert.setLong(1, run);
		insert.setString(2, nip);
		insert.setString(3, kind);
		insert.setString(4, code);
		insert.setString(5, name);
		insert.addBatch();
	}

}
