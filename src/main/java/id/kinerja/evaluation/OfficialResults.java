package id.kinerja.evaluation;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one way other features find an official run: only a finished run (status DONE) is found, so no
 * feature reads the partial results of a run that is still running or failed.
 */
@Service
public class OfficialResults {

	private final JdbcClient jdbc;

	OfficialResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OfficialRun> run(long id) {
		return jdbc.sql("""
				select id, region_id, agency_code, period_code, policy_version from evaluation_run
				where id = :id and status = 'DONE'""")
			.param("id", id)
			.query((rs, row) -> new OfficialRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

}
