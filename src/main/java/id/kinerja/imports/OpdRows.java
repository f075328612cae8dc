package id.kinerja.imports;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import id.kinerja.staff.StaffChanges;

/** {@code opd}: the region's agencies by code; {@code replace} retires those the file leaves out. */
final class OpdRows implements KindRows<OpdRows.Opd> {

	record Opd(String code, String name) {
	}

	private final StaffChanges changes;

	OpdRows(StaffChanges changes) {
		this.changes = changes;
	}

	@Override
	public Opd read(Line line, ImportContext context) {
		String code = line.text("kode_opd", 40, true);
		String name = line.text("nama_opd", 120, true);
		if (code != null && !code.matches("[a-z0-9-]{2,40}")) {
			line.error("kode_opd", code, "agencyCodeShape");
		}
		else if (code != null && context.agencies.containsKey(code) && context.agencies.get(code).retired()) {
			line.error("kode_opd", code, "retiredAgency");
		}
		return line.ok() ? new Opd(code, name) : null;
	}

	@Override
	public String key(Opd row) {
		return row.code();
	}

	@Override
	public String scope(Opd row) {
		return "";
	}

	@Override
	public String signature(Opd row) {
		return row.name();
	}

	@Override
	public Stored stored(ImportContext context, Set<String> scopes) {
		Stored stored = new Stored();
		context.jdbc.query("select id, code, name from agency where region_id = ? and retired_at is null", rs -> {
			stored.add(rs.getString(2), rs.getLong(1), rs.getString(3), 0);
		}, context.region);
		return stored;
	}

	@Override
	public void write(Changes<Opd> changes, ImportContext context) {
		Batches.insert(context.jdbc, "agency", "region_id, code, name",
				new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR }, changes.created(),
				opd -> new Object[] { context.region, opd.code(), opd.name() });
		Batches.run(context.jdbc, "update agency set name = ? where id = ?", changes.updated(),
				new int[] { Types.VARCHAR, Types.BIGINT }, u -> new Object[] { u.row().name(), u.id() });
		OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
		Batches.run(context.jdbc, "update agency set retired_at = ? where id = ?", changes.removed(),
				new int[] { Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT }, id -> new Object[] { now, id });
		changes.created().forEach(opd -> this.changes.agency(context.region, opd.code(), "CREATED", opd.name(), false));
		changes.updated()
			.forEach(u -> this.changes.agency(context.region, u.row().code(), "CHANGED", u.row().name(), false));
		context.agencies.values()
			.stream()
			.filter(a -> changes.removed().contains(a.id()))
			.forEach(a -> this.changes.agency(context.region, a.code(), "RETIRED", a.name(), true));
	}

}
