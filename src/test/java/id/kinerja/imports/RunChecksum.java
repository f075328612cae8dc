package id.kinerja.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's stored results in one line: the count per predikat, award and training, and a SHA-256 of every
 * employee's conclusions in NIP order, so two databases can be compared run against run.
 */
record RunChecksum(List<String> predikat, List<String> awardsAndTrainings, String sha256) {

	static RunChecksum of(JdbcTemplate jdbc, long run) {
		List<String> predikat = jdbc.query("select coalesce(predikat, '-'), count(*) from evaluation_result"
				+ " where run_id = ? group by predikat order by 1", (rs, n) -> rs.getString(1) + " " + rs.getLong(2), run);
		List<String> recommendations = jdbc.query("select awards || ' / ' || trainings, count(*) from evaluation_result"
				+ " where run_id = ? group by awards, trainings order by 1",
				(rs, n) -> rs.getString(1).replaceAll("\"(rule|file|reason)\":\"[^\"]*\"", "") + " x" + rs.getLong(2), run);
		StringBuilder all = new StringBuilder();
		jdbc.query("select nip, predikat, work_result_rating, behaviour_rating, score, work_score, behaviour_index,"
				+ " angka_kredit, development_gap, awards, trainings from evaluation_result where run_id = ? order by nip",
				rs -> {
					for (int c = 1; c <= 11; c++) {
						all.append(rs.getString(c)).append('|');
					}
					all.append('\n');
				}, run);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
			return new RunChecksum(predikat, recommendations, HexFormat.of().formatHex(digest));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
