package id.kinerja.imports;

import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import id.kinerja.policy.fact.Rating;

/**
 * {@code rating}: the assessing official's ratings where given, one row per NIP and period. The official is
 * the employee's supervisor unless the file names one; {@code umpan_balik} is the official's constructive
 * feedback for the period, kept beside the ratings (a row may give feedback alone).
 */
final class RatingRows implements KindRows<RatingRows.Ratings> {

	record Ratings(long employeeId, String nip, String period, Rating work, Rating behaviour, String official,
			String feedback) {
	}

	static final Choices<Rating> RATINGS = Choices.of(Rating.class)
		.add(Rating.DI_ATAS_EKSPEKTASI, "DI ATAS EKSPEKTASI", "DIATAS EKSPEKTASI", "DIATAS ESPEKTASI",
				"ABOVE EXPECTATIONS")
		.add(Rating.SESUAI_EKSPEKTASI, "SESUAI EKSPEKTASI", "SESUAI ESPEKTASI", "MEETS EXPECTATIONS")
		.add(Rating.DI_BAWAH_EKSPEKTASI, "DI BAWAH EKSPEKTASI", "DIBAWAH EKSPEKTASI", "DIBAWAH ESPEKTASI",
				"BELOW EXPECTATIONS");

	@Override
	public Ratings read(Line line, ImportContext context) {
		String nip = line.nip("nip", true, context);
		ImportContext.EmployeeRef employee = context.employee(line, "nip", nip);
		String period = context.period(line, "periode");
		Rating work = line.choice("rating_hasil_kerja", RATINGS, false);
		Rating behaviour = line.choice("rating_perilaku", RATINGS, false);
		String feedback = line.text("umpan_balik", 2000, false);
		if (line.ok() && work == null && behaviour == null && feedback == null) {
			line.error("rating_hasil_kerja", null, "noRating");
		}
		String official = line.nip("nip_pejabat_penilai", false, context);
		if (official == null && employee != null && line.ok()) {
			official = supervisors(context).get(employee.id());
			if (official == null) {
				line.error("nip_pejabat_penilai", null, "officialUnknown");
			}
		}
		return line.ok() ? new Ratings(employee.id(), nip, period, work, behaviour, official, feedback)
				: null;
	}

	/** Each employee's supervisor's NIP, read once per import. */
	private static Map<Long, String> supervisors(ImportContext context) {
		return context.cache("supervisors", () -> {
			Map<Long, String> supervisors = new HashMap<>();
			context.jdbc.query("select e.id, s.nip from employee e join agency a on a.id = e.agency_id join employee s"
					+ " on s.id = e.supervisor_id where a.region_id = ?", rs -> {
						supervisors.put(rs.getLong(1), rs.getString(2));
					}, context.region);
			return supervisors;
		});
	}

	@Override
	public String key(Ratings row) {
		return row.nip() + "|" + row.period();
	}

	@Override
	public String scope(Ratings row) {
		return row.period();
	}

	@Override
	public String signature(Ratings row) {
		return name(row.work()) + "|" + name(row.behaviour()) + "|" + row.official() + "|" + empty(row.feedback());
	}

	private static String name(Rating rating) {
		return rating == null ? "" : rating.name();
	}

	@Override
	public Stored stored(ImportContext context, Set<String> scopes) {
		Stored stored = new Stored();
		Scopes.query(context, "select x.id, e.nip, x.period_code, x.work_result_rating, x.behaviour_rating,"
				+ " x.official_nip, x.feedback from official_rating x join employee e on e.id = x.employee_id join agency a"
				+ " on a.id = e.agency_id where a.region_id = ?", "x.period_code", scopes, rs -> {
					String signature = empty(rs.getString(4)) + "|" + empty(rs.getString(5)) + "|" + rs.getString(6) + "|"
							+ empty(rs.getString(7));
					stored.add(rs.getString(2) + "|" + rs.getString(3), rs.getLong(1), signature, 0);
				});
		return stored;
	}

	private static String empty(String text) {
		return text == null ? "" : text;
	}

	@Override
	public void write(Changes<Ratings> changes, ImportContext context) {
		int[] types = { Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR };
		Batches.insert(context.jdbc, "official_rating",
				"work_result_rating, behaviour_rating, official_nip, feedback, employee_id, period_code", types,
				changes.created(), row -> new Object[] { nameOrNull(row.work()), nameOrNull(row.behaviour()),
						row.official(), row.feedback(), row.employeeId(), row.period() });
		Batches.run(context.jdbc, "update official_rating set work_result_rating = ?, behaviour_rating = ?,"
				+ " official_nip = ?, feedback = ? where id = ?", changes.updated(), java.util.Arrays.copyOf(types, 5),
				u -> new Object[] { nameOrNull(u.row().work()), nameOrNull(u.row().behaviour()), u.row().official(),
						u.row().feedback(), u.id() });
		Batches.delete(context.jdbc, "official_rating", changes.removed());
	}

	private static String nameOrNull(Rating rating) {
		return rating == null ? null : rating.name();
	}

}
