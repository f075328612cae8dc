package id.kinerja.imports;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Set;

/** {@code jp}: competence development per employee and year, one row per activity, in JP (45 minutes). */
final class HoursRows implements KindRows<HoursRows.Hours> {

	record Hours(long employeeId, String nip, int year, String activity, BigDecimal jp) {
	}

	@Override
	public Hours read(Line line, ImportContext context) {
		String nip = line.nip("nip", true, context);
		ImportContext.EmployeeRef employee = context.employee(line, "nip", nip);
		Integer year = year(line, context);
		String activity = line.text("kegiatan", 200, true);
		BigDecimal jp = line.decimal("jp", true, BigDecimal.ZERO, BigDecimal.valueOf(9999));
		return line.ok() ? new Hours(employee.id(), nip, year, activity, jp) : null;
	}

	/** The row's year, else the year of the period the request names. */
	private static Integer year(Line line, ImportContext context) {
		String text = line.text("tahun");
		if (text == null && context.period == null) {
			line.error("tahun", null, "required");
			return null;
		}
		String year = text == null ? context.period.substring(0, 4) : text;
		if (!year.matches("(19|20)\\d\\d")) {
			line.error("tahun", year, "notYear");
			return null;
		}
		return Integer.valueOf(year);
	}

	@Override
	public String key(Hours row) {
		return row.nip() + "|" + row.year() + "|" + row.activity();
	}

	@Override
	public String scope(Hours row) {
		return String.valueOf(row.year());
	}

	@Override
	public String signature(Hours row) {
		return Batches.number(row.jp());
	}

	@Override
	public Stored stored(ImportContext context, Set<String> scopes) {
		Stored stored = new Stored();
		Scopes.query(context, "select x.id, e.nip, x.calendar_year, x.activity, x.hours from development_hours x"
				+ " join employee e on e.id = x.employee_id join agency a on a.id = e.agency_id where a.region_id = ?",
				"x.calendar_year", scopes, rs -> {
					stored.add(rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4), rs.getLong(1),
							Batches.number(rs.getBigDecimal(5)), 0);
				});
		return stored;
	}

	@Override
	public void write(Changes<Hours> changes, ImportContext context) {
		Batches.insert(context.jdbc, "development_hours", "employee_id, calendar_year, activity, hours",
				new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.NUMERIC }, changes.created(),
				row -> new Object[] { row.employeeId(), row.year(), row.activity(), row.jp() });
		Batches.run(context.jdbc, "update development_hours set hours = ? where id = ?", changes.updated(),
				new int[] { Types.NUMERIC, Types.BIGINT }, u -> new Object[] { u.row().jp(), u.id() });
		Batches.delete(context.jdbc, "development_hours", changes.removed());
	}

}
