package id.kinerja.staff;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import id.kinerja.access.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of regions and agencies: each change with who made it and the state after it. */
@Component
public class StaffChanges {

	/** One change; {@code agency} null for the region itself. */
	public record Change(long id, String region, String agency, String kind, String by, OffsetDateTime at, String state) {
	}

	private final JdbcClient jdbc;

	StaffChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void region(Region region, String kind) {
		record(region.getId(), null, kind, "bpsCode=" + region.getBpsCode() + "; name=" + region.getName()
				+ "; kind=" + region.getKind() + "; province=" + region.getProvince() + "; timeZone="
				+ region.getTimeZone() + (region.isRetired() ? "; retired" : ""));
	}

	void agency(Agency agency, String kind) {
		agency(agency.getRegion().getId(), agency.getCode(), kind, agency.getName(), agency.isRetired());
	}

	/** An agency created, renamed or retired by other means than the administration (an import). */
	public void agency(String region, String code, String kind, String name, boolean retired) {
		record(region, code, kind, "name=" + name + (retired ? "; retired" : ""));
	}

	public List<Change> of(String region) {
		return jdbc.sql("select id, region_id, agency_code, change_kind, changed_by, changed_at, state"
				+ " from staff_change where region_id = ? order by id desc")
			.param(region)
			.query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
			.list();
	}

	private void record(String region, String agency, String kind, String state) {
		jdbc.sql("insert into staff_change (region_id, agency_code, change_kind, changed_by, changed_at, state)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(region, agency, kind, CurrentUser.name(), OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS),
					state)
			.update();
	}

}
