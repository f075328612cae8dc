package id.kinerja.recommendation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The near-miss lists, as the background jobs that compute them leave them: one per run, award and
 * agency, with its progress while it runs and its near-misses once done, readable from every instance.
 */
@Component
class NearMissLists {

	/** An award or agency not asked for: every award, every agency. */
	private static final String EVERY = "";

	private static final TypeReference<List<NearMiss>> NEAR_MISSES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	NearMissLists(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** What a list asks for: a run, and an award and an agency or null for every one. */
	record Scope(long run, String award, String agency) {
	}

	/** A list as stored; {@code nearMisses} only once it is done, closest first. */
	record Stored(long id, Scope scope, String status, int done, int total, String error, OffsetDateTime finishedAt,
			List<NearMiss> nearMisses) {

		boolean inProgress() {
			return status.equals("QUEUED") || status.equals("RUNNING");
		}

	}

	Optional<Stored> find(Scope scope) {
		return jdbc.sql("select * from near_miss_list where run_id = ? and award_code = ? and agency_code = ?")
			.params(scope.run(), key(scope.award()), key(scope.agency()))
			.query((rs, n) -> stored(rs))
			.optional();
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("select * from near_miss_list where id = ?").param(id).query((rs, n) -> stored(rs)).optional();
	}

	/**
	 * Stores the list as waiting for the engine, unless one exists already (another request, or another
	 * instance, was first): either way the list's id.
	 */
	long queue(Scope scope, int total, String user) {
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into near_miss_list (run_id, award_code, agency_code, status, done, total, requested_by,
					                            requested_at)
					values (:run, :award, :agency, 'QUEUED', 0, :total, :user, :at)""")
				.param("run", scope.run())
				.param("award", key(scope.award()))
				.param("agency", key(scope.agency()))
				.param("total", total)
				.param("user", user)
				.param("at", now())
				.update(keys, "id");
			return keys.getKey().longValue();
		}
		catch (DuplicateKeyException ex) {
			return find(scope).orElseThrow(() -> ex).id();
		}
	}

	/** Lists waiting or running, of everyone: what the queue's limit counts. */
	long inProgress() {
		return jdbc.sql("select count(*) from near_miss_list where status in ('QUEUED', 'RUNNING')")
			.query(Long.class)
			.single();
	}

	/** Marks the list running (again, where an instance died on it); false if it is no longer waiting. */
	boolean begin(long id) {
		return jdbc.sql("update near_miss_list set status = 'RUNNING', done = 0 where id = ? and status in ('QUEUED', 'RUNNING')")
			.param(id)
			.update() == 1;
	}

	void progress(long id, int done) {
		jdbc.sql("update near_miss_list set done = ? where id = ?").params(done, id).update();
	}

	void finish(long id, List<NearMiss> nearMisses) {
		jdbc.sql("""
				update near_miss_list set status = 'DONE', done = total, near_misses = :misses, finished_at = :at
				where id = :id""")
			.param("misses", json.writeValueAsString(nearMisses))
			.param("at", now())
			.param("id", id)
			.update();
	}

	void fail(long id, String reason) {
		String text = reason == null ? "" : reason.substring(0, Math.min(reason.length(), 4000));
		jdbc.sql("update near_miss_list set status = 'FAILED', error = ?, finished_at = ? where id = ?")
			.params(text, now(), id)
			.update();
	}

	/** Forgets a failed list, so that asking again tries again (the data may have been corrected). */
	void forget(long id) {
		jdbc.sql("delete from near_miss_list where id = ? and status = 'FAILED'").param(id).update();
	}

	private Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
		String misses = rs.getString("near_misses");
		return new Stored(rs.getLong("id"),
				new Scope(rs.getLong("run_id"), value(rs.getString("award_code")), value(rs.getString("agency_code"))),
				rs.getString("status"), rs.getInt("done"), rs.getInt("total"), rs.getString("error"),
				rs.getObject("finished_at", OffsetDateTime.class),
				misses == null ? List.of() : json.readValue(misses, NEAR_MISSES));
	}

	private static String key(String value) {
		return value == null ? EVERY : value;
	}

	private static String value(String key) {
		return key.isEmpty() ? null : key;
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
