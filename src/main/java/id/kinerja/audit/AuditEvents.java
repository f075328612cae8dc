package id.kinerja.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.system.PageOf;
import id.kinerja.system.SqlOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit log, newest first unless asked otherwise. */
@Component
class AuditEvents {

	private final JdbcClient jdbc;

	AuditEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page in the order asked; events equal on the column newest first. */
	PageOf<AuditEvent> page(AuditFilter filter, AuditSort sort, boolean descending, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
		params.put("size", size);
		params.put("offset", (long) page * size);
		List<AuditEvent> events = jdbc.sql("select * from audit_event" + where
				+ " order by " + SqlOrder.of(sort.columns, descending, "id desc") + " limit :size offset :offset")
			.params(params)
			.query(AuditEvents::event)
			.list();
		return PageOf.of(events, page, size, total);
	}

	private static String where(AuditFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		condition(conditions, params, "actor = :actor", "actor", filter.actor());
		condition(conditions, params, "action = :action", "action",
				filter.action() == null ? null : filter.action().name());
		condition(conditions, params, "region = :region", "region", filter.region());
		condition(conditions, params, "outcome = :outcome", "outcome",
				filter.outcome() == null ? null : filter.outcome().name());
		condition(conditions, params, "occurred_at >= :start", "start", filter.start());
		condition(conditions, params, "occurred_at < :end", "end", filter.end());
		if (filter.regions() != null) {
			// an empty list would be invalid SQL: a null region never matches
			condition(conditions, params, "region in (:regions)", "regions",
					filter.regions().isEmpty() ? List.of("") : filter.regions());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static void condition(List<String> conditions, Map<String, Object> params, String condition,
			String name, Object value) {
		if (value != null) {
			conditions.add(condition);
			params.put(name, value);
		}
	}

	private static AuditEvent event(ResultSet row, int number) throws SQLException {
		return new AuditEvent(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class),
				row.getString("actor"), AuditAction.valueOf(row.getString("action")), row.getString("region"),
				row.getString("target"), AuditOutcome.valueOf(row.getString("outcome")), row.getString("detail"));
	}

}
