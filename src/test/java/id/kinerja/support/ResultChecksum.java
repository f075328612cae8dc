package id.kinerja.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A run's stored results hashed: two runs of the same facts and policy must hash alike. */
public final class ResultChecksum {

	private ResultChecksum() {
	}

	/** Every employee's predikat, scores, awards and trainings, in NIP order, hashed. */
	public static String of(JdbcClient jdbc, long run) {
		MessageDigest digest = sha256();
		jdbc.sql("""
				select nip, predikat, score, work_score, behaviour_index, awards, trainings from evaluation_result
				where run_id = ? order by nip""").param(run).query(rs -> {
			for (int i = 1; i <= 7; i++) {
				digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
			}
		});
		return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
