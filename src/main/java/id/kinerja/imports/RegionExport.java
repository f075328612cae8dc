package id.kinerja.imports;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kinerja.staff.Nip;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's data of one kind in the import format, so it can be edited in a spreadsheet and imported
 * again, or moved to another installation: the canonical headers, one row per natural key, entry order
 * kept. Development hours of one activity in a year are summed (the key is NIP, year and activity).
 */
@Component
public class RegionExport {

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final Map<String, String> ASSESSORS = Map.of("SELF", "DIRI", "SUPERVISOR", "ATASAN", "PEER", "REKAN",
			"SUBORDINATE", "BAWAHAN");

	private final JdbcTemplate jdbc;

	RegionExport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The rows of {@code kind} (of one period when given, else all) written as CSV or XLSX. */
	@Transactional(readOnly = true)
	public void write(String region, ImportKind kind, String period, boolean xlsx, OutputStream out) {
		try (Spreadsheets.Rows rows = xlsx ? Spreadsheets.xlsx(out, kind.code()) : Spreadsheets.csv(out)) {
			List<String> header = headers(kind);
			rows.row(header);
			query(kind, region, period, rs -> rows.row(row(kind, rs)));
		}
	}

	/** A template: the canonical headers alone. */
	public void template(ImportKind kind, boolean xlsx, OutputStream out) {
		try (Spreadsheets.Rows rows = xlsx ? Spreadsheets.xlsx(out, kind.code()) : Spreadsheets.csv(out)) {
			rows.row(kind.headers());
		}
	}

	private static List<String> headers(ImportKind kind) {
		List<String> headers = new ArrayList<>(kind.headers());
		if (kind == ImportKind.PEGAWAI) {
			headers.remove("eselon");
		}
		return headers;
	}

	private interface RowHandler {

		void row(ResultSet rs) throws SQLException;

	}

	private void query(ImportKind kind, String region, String period, RowHandler handler) {
		String periodColumn = kind == ImportKind.JP ? "x.calendar_year" : "x.period_code";
		String narrowed = period == null || kind.scope() == ImportKind.Scope.REGION ? "" : " and " + periodColumn + " = ?";
		Object[] args = narrowed.isEmpty() ? new Object[] { region }
				: new Object[] { region, kind == ImportKind.JP ? Integer.valueOf(period.substring(0, 4)) : period };
		jdbc.query(sql(kind).replace("{period}", narrowed), rs -> {
			handler.row(rs);
		}, args);
	}

	private static String sql(ImportKind kind) {
		String employees = " join employee e on e.id = x.employee_id join agency a on a.id = e.agency_id"
				+ " where a.region_id = ?{period}";
		return switch (kind) {
			case OPD -> "select x.code, x.name from agency x where x.region_id = ? and x.retired_at is null order by x.code";
			case PEGAWAI -> "select x.nip, x.name, a.code, x.position_type, x.job_title, x.functional_level, x.rank,"
					+ " x.employment_type, x.service_start, s.nip, x.unit_head, x.sanction from employee x"
					+ " join agency a on a.id = x.agency_id left join employee s on s.id = x.supervisor_id"
					+ " where a.region_id = ? order by x.id";
			case SKP -> "select x.period_code, e.nip, x.indicator_code, x.indicator_name, x.weight, x.target,"
					+ " x.realisation, x.higher_is_better, x.kind, x.aspect, x.unit, x.evidence_url from skp_line x"
					+ employees + " order by x.id";
			case PERILAKU -> "select x.period_code, e.nip, x.assessor_type, x.assessor_nip, x.berorientasi_pelayanan,"
					+ " x.akuntabel, x.kompeten, x.harmonis, x.loyal, x.adaptif, x.kolaboratif from behaviour_form x"
					+ employees + " order by x.id";
			case RATING -> "select x.period_code, e.nip, x.work_result_rating, x.behaviour_rating, x.official_nip,"
					+ " x.feedback from official_rating x" + employees + " order by x.id";
			case PREDIKAT_ORGANISASI -> "select x.period_code, a.code, x.rating, x.sakip_score from organisation_rating x"
					+ " join agency a on a.id = x.agency_id where a.region_id = ?{period} order by x.id";
			case IKM -> "select x.period_code, a.code, x.satisfaction_index, x.service, x.channel, x.respondents"
					+ " from citizen_feedback x join agency a on a.id = x.agency_id where a.region_id = ?{period}"
					+ " order by x.id";
			case MASUKAN_WARGA -> "select x.period_code, a.code, x.service, x.channel, x.complaints, x.suggestions"
					+ " from citizen_input x join agency a on a.id = x.agency_id where a.region_id = ?{period}"
					+ " order by x.id";
			case JP -> "select x.calendar_year, e.nip, sum(x.hours), x.activity, min(x.id) from development_hours x"
					+ employees + " group by x.calendar_year, e.nip, x.activity order by min(x.id)";
		};
	}

	private static List<String> row(ImportKind kind, ResultSet rs) throws SQLException {
		return switch (kind) {
			case OPD -> List.of(rs.getString(1), rs.getString(2));
			case PEGAWAI -> staff(rs);
			case SKP -> list(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), decimal(rs, 5),
					decimal(rs, 6), decimal(rs, 7), rs.getBoolean(8) ? "naik" : "turun", rs.getString(9),
					rs.getString(10), rs.getString(11), rs.getString(12));
			case PERILAKU -> list(rs.getString(1), rs.getString(2), ASSESSORS.get(rs.getString(3)), rs.getString(4),
					decimal(rs, 5), decimal(rs, 6), decimal(rs, 7), decimal(rs, 8), decimal(rs, 9), decimal(rs, 10),
					decimal(rs, 11));
			case RATING -> list(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6));
			case PREDIKAT_ORGANISASI -> list(rs.getString(1), rs.getString(2), rs.getString(3), decimal(rs, 4));
			case IKM -> list(rs.getString(1), rs.getString(2), decimal(rs, 3), rs.getString(4), rs.getString(5),
					String.valueOf(rs.getInt(6)));
			case MASUKAN_WARGA -> list(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					String.valueOf(rs.getInt(5)), String.valueOf(rs.getInt(6)));
			case JP -> list(String.valueOf(rs.getInt(1)), rs.getString(2), decimal(rs, 3), rs.getString(4));
		};
	}

	/** Without a recorded TMT, the first day of the NIP's month of appointment: the same years of service. */
	private static List<String> staff(ResultSet rs) throws SQLException {
		LocalDate start = rs.getObject(9, LocalDate.class);
		if (start == null) {
			start = Nip.parse(rs.getString(1), java.time.YearMonth.of(9999, 12)).appointment().atDay(1);
		}
		return list(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), start.format(DAY_FIRST), rs.getString(10),
				rs.getBoolean(11) ? "ya" : "tidak", rs.getString(12) == null ? "-" : rs.getString(12));
	}

	private static String decimal(ResultSet rs, int column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return Spreadsheets.decimal(value);
	}

	private static List<String> list(String... cells) {
		List<String> row = new ArrayList<>(cells.length);
		for (String cell : cells) {
			row.add(cell == null ? "" : cell);
		}
		return row;
	}

}
