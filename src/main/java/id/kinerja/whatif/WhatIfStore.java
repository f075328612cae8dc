package id.kinerja.whatif;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.kinerja.system.PageOf;
import id.kinerja.policy.CaseFailure;
import id.kinerja.system.SqlOrder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What-if runs and their changed employees. Each write commits on its own, so progress shows while a
 * run is going and a failed run keeps its error; nothing here is official.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class WhatIfStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final JsonMapper json;

	WhatIfStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/** What was asked, as stored: enough to run it again. */
	record Stored(long id, String name, WhatIfRequest request, String status, int done, int total,
			WhatIfOutcome.Provenance provenance, String outcome, String error) {
	}

	/** The aggregate part of an outcome, stored as one JSON document. */
	record Aggregate(WhatIfOutcome.Summary summary, List<WhatIfOutcome.AgencyComparison> agencies,
			List<WhatIfOutcome.AwardComparison> awards, List<CaseFailure> failedCases) {
	}

	long start(WhatIfRequest request, int total, String user) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into what_if (name, region_id, agencies, period_code, request, status, done, total,
				                     requested_by, requested_at)
				values (:name, :region, :agencies, :period, :request, 'QUEUED', 0, :total, :user, :at)""")
			.param("name", request.name())
			.param("region", request.region())
			.param("agencies", String.join(",", request.agencies()))
			.param("period", request.period())
			.param("request", json.writeValueAsString(request))
			.param("total", total)
			.param("user", user)
			.param("at", now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** What-ifs waiting or running: of everyone (null), or of one user. */
	long inProgress(String user) {
		return jdbc.sql("""
				select count(*) from what_if where status in ('QUEUED', 'RUNNING')
				and (cast(:user as varchar(100)) is null or requested_by = :user)""")
			.param("user", user)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks a what-if running from the start: the changes of a try that an instance left when it died are
	 * removed. False when it has ended already (done, failed) and must not run again.
	 */
	boolean begin(long id) {
		int begun = jdbc.sql("update what_if set status = 'RUNNING', done = 0 where id = ? and status in ('QUEUED', 'RUNNING')")
			.param(id)
			.update();
		jdbc.sql("delete from what_if_change where what_if_id = ?").param(id).update();
		return begun == 1;
	}

	void progress(long id, int done) {
		jdbc.sql("update what_if set done = ? where id = ?").params(done, id).update();
	}

	void changes(long id, int from, List<EmployeeChange> changes) {
		List<Object[]> rows = new ArrayList<>(changes.size());
		int position = from;
		for (EmployeeChange change : changes) {
			rows.add(new Object[] { id, position++, change.nip(), change.agency(), change.before().predikat(),
					change.after().predikat(), json.writeValueAsString(change) });
		}
		batch.batchUpdate("""
				insert into what_if_change (what_if_id, position, nip, agency_code, predikat_before, predikat_after, detail)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	void finish(long id, WhatIfOutcome.Provenance provenance, Aggregate aggregate, int done) {
		jdbc.sql("""
				update what_if set status = 'DONE', done = :done, active_version = :active, draft_version = :draft,
				       data_as_of = :asOf, outcome = :outcome, finished_at = :at where id = :id""")
			.param("done", done)
			.param("active", provenance.activeVersion())
			.param("draft", provenance.draftVersion())
			.param("asOf", provenance.dataAsOf())
			.param("outcome", json.writeValueAsString(aggregate))
			.param("at", now())
			.param("id", id)
			.update();
	}

	void fail(long id, String error) {
		jdbc.sql("update what_if set status = 'FAILED', error = ?, finished_at = ? where id = ?")
			.params(error.length() > 4000 ? error.substring(0, 4000) : error, now(), id)
			.update();
	}

	@Transactional(readOnly = true)
	Optional<WhatIfOutcome> find(long id) {
		return jdbc.sql("select * from what_if where id = ?").param(id).query((rs, n) -> {
			WhatIfRequest request = json.readValue(rs.getString("request"), WhatIfRequest.class);
			String outcome = rs.getString("outcome");
			Aggregate aggregate = outcome == null ? null : json.readValue(outcome, Aggregate.class);
			WhatIfOutcome.Provenance provenance = new WhatIfOutcome.Provenance(rs.getString("active_version"),
					rs.getString("draft_version"), request.overrides(), List.copyOf(request.files().keySet()),
					rs.getObject("data_as_of", OffsetDateTime.class), rs.getString("requested_by"),
					rs.getObject("requested_at", OffsetDateTime.class));
			return new WhatIfOutcome(rs.getLong("id"), rs.getString("name"), rs.getString("status"), rs.getInt("done"),
					rs.getInt("total"), request.region(), request.agencies(), request.period(), provenance,
					aggregate == null ? null : aggregate.summary(), aggregate == null ? null : aggregate.agencies(),
					aggregate == null ? null : aggregate.awards(), aggregate == null ? List.of() : aggregate.failedCases(),
					rs.getString("error"));
		}).optional();
	}

	@Transactional(readOnly = true)
	Optional<WhatIfRequest> request(long id) {
		return jdbc.sql("select request from what_if where id = ?")
			.param(id)
			.query((rs, n) -> json.readValue(rs.getString(1), WhatIfRequest.class))
			.optional();
	}

	/** Region of a stored what-if, to check who may read it. */
	@Transactional(readOnly = true)
	Optional<String> region(long id) {
		return jdbc.sql("select region_id from what_if where id = ?").param(id).query(String.class).optional();
	}

	public record Listed(long id, String name, String region, String period, String status, int done, int total,
			String requestedBy, OffsetDateTime requestedAt) {
	}

	/** What-ifs of the regions, or of every region when null, in the order asked; equal ones newest first. */
	@Transactional(readOnly = true)
	PageOf<Listed> list(List<String> regions, WhatIfSort sort, boolean descending, int page, int size) {
		String where = regions == null ? "" : " where region_id in (:regions)";
		List<String> named = regions == null ? List.of("-") : regions;
		long total = jdbc.sql("select count(*) from what_if" + where).param("regions", named).query(Long.class).single();
		List<Listed> content = jdbc.sql("select id, name, region_id, period_code, status, done, total, requested_by,"
				+ " requested_at from what_if" + where + " order by " + SqlOrder.of(sort.columns, descending, "id desc")
				+ " offset :offset rows fetch next :size rows only")
			.param("regions", named)
			.param("offset", (long) page * size)
			.param("size", size)
			.query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8),
					rs.getObject(9, OffsetDateTime.class)))
			.list();
		return PageOf.of(content, page, size, total);
	}

	/** The changed employees in the order they were evaluated, as the API and the exports give them. */
	@Transactional(readOnly = true)
	List<EmployeeChange> changes(long id, ChangeFilter filter, int page, int size) {
		return changes(id, filter, "position", page, size);
	}

	/** Employees equal on the columns asked in the order they were evaluated. */
	@Transactional(readOnly = true)
	List<EmployeeChange> changes(long id, ChangeFilter filter, ChangeSort sort, boolean descending, int page,
			int size) {
		return changes(id, filter, SqlOrder.of(sort.columns, descending, "position"), page, size);
	}

	private List<EmployeeChange> changes(long id, ChangeFilter filter, String orderBy, int page, int size) {
		return jdbc.sql("select detail from what_if_change" + filter.where()
				+ " order by " + orderBy + " offset :offset rows fetch next :size rows only")
			.param("id", id)
			.param("agency", filter.agency())
			.param("offset", (long) page * size)
			.param("size", size)
			.query((rs, n) -> json.readValue(rs.getString(1), EmployeeChange.class))
			.list();
	}

	@Transactional(readOnly = true)
	long countChanges(long id, ChangeFilter filter) {
		return jdbc.sql("select count(*) from what_if_change" + filter.where())
			.param("id", id)
			.param("agency", filter.agency())
			.query(Long.class)
			.single();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

}
