package id.kinerja.imports;

import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Position;
import id.kinerja.staff.Sanction;

/**
 * {@code pegawai}: the region's employees by NIP. Supervisors may come later in the file or be stored
 * already, but must be of this region; {@code replace} removes the employees the file leaves out, with
 * their appraisal data.
 */
final class StaffRows implements KindRows<StaffRows.Staff> {

	record Staff(String nip, String name, long agencyId, Position position, FunctionalLevel level, String jobTitle,
			String rank, EmploymentType type, LocalDate serviceStart, String supervisorNip, boolean unitHead,
			Sanction sanction) {
	}

	private static final Pattern RANK = Pattern.compile("\\b(IV|III|II|I)\\s*/\\s*([a-eA-E])\\b");

	private static final Pattern PPPK_RANK = Pattern.compile("(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)");

	private static final Choices<Position> POSITIONS = Choices.of(Position.class)
		.add(Position.JPT, "JPT", "JABATAN PIMPINAN TINGGI", "PIMPINAN TINGGI")
		.add(Position.ADMINISTRATOR, "ADMINISTRATOR", "JABATAN ADMINISTRATOR")
		.add(Position.PENGAWAS, "PENGAWAS", "JABATAN PENGAWAS")
		.add(Position.PELAKSANA, "PELAKSANA", "JABATAN PELAKSANA", "JABATAN FUNGSIONAL UMUM", "JFU",
				"FUNGSIONAL UMUM")
		.add(Position.FUNGSIONAL, "FUNGSIONAL", "JABATAN FUNGSIONAL", "JABATAN FUNGSIONAL TERTENTU", "JFT",
				"FUNGSIONAL TERTENTU")
		.add(null, "STRUKTURAL", "JABATAN STRUKTURAL");

	private static final Choices<FunctionalLevel> LEVELS = Choices.of(FunctionalLevel.class)
		.add(FunctionalLevel.AHLI_PERTAMA, "AHLI PERTAMA")
		.add(FunctionalLevel.AHLI_MUDA, "AHLI MUDA")
		.add(FunctionalLevel.AHLI_MADYA, "AHLI MADYA")
		.add(FunctionalLevel.AHLI_UTAMA, "AHLI UTAMA");

	private static final Choices<Boolean> YES_NO = new Choices<Boolean>().add(true, "ya", "y", "true", "1", "yes")
		.add(false, "tidak", "t", "false", "0", "no");

	private static final Choices<Sanction> SANCTIONS = Choices.of(Sanction.class)
		.add(null, "-", "TIDAK ADA", "NIHIL");

	@Override
	public Staff read(Line line, ImportContext context) {
		String nip = line.nip("nip", true, context);
		String name = line.text("nama", 120, true);
		ImportContext.AgencyRef agency = context.agency(line, "kode_opd", line.text("kode_opd", 40, true));
		Position position = position(line);
		FunctionalLevel level = line.choice("jenjang", LEVELS, false);
		if (position == Position.FUNGSIONAL && level == null && line.ok()) {
			line.error("jenjang", null, "levelRequired");
		}
		else if (position != null && position != Position.FUNGSIONAL && level != null) {
			line.reject("jenjang", "levelOnlyFunctional");
		}
		String jobTitle = line.text("nama_jabatan", 80, true);
		EmploymentType type = type(line);
		String rank = rank(line, type);
		LocalDate start = line.date("tmt");
		if (start != null && start.isAfter(LocalDate.now())) {
			line.reject("tmt", "futureDate");
		}
		String supervisor = line.nip("nip_atasan", false, context);
		if (supervisor != null && supervisor.equals(nip)) {
			line.reject("nip_atasan", "ownSupervisor");
		}
		Boolean head = line.choice("kepala_unit", YES_NO, false);
		Sanction sanction = line.has("hukuman_disiplin") ? line.choice("hukuman_disiplin", SANCTIONS, false) : null;
		if (!line.ok()) {
			return null;
		}
		Staff staff = new Staff(nip, name, agency.id(), position, level, jobTitle, rank, type, start, supervisor,
				Boolean.TRUE.equals(head), sanction);
		Staff kept = kept(context).get(nip);
		return kept == null ? staff : keepLeftOut(line, staff, kept);
	}

	/**
	 * A column the file does not have at all keeps what is stored (a SIASN export has no supervisor or unit
	 * head); a blank cell of a column it has clears it.
	 */
	private static Staff keepLeftOut(Line line, Staff staff, Staff kept) {
		return new Staff(staff.nip(), staff.name(), staff.agencyId(), staff.position(), staff.level(),
				staff.jobTitle(), staff.rank(), staff.type(),
				line.given("tmt") ? staff.serviceStart() : kept.serviceStart(),
				line.given("nip_atasan") ? staff.supervisorNip() : kept.supervisorNip(),
				line.given("kepala_unit") ? staff.unitHead() : kept.unitHead(),
				line.given("hukuman_disiplin") ? staff.sanction() : kept.sanction());
	}

	/** The stored employees of the region by NIP, as far as a file may leave their columns out. */
	private static java.util.Map<String, Staff> kept(ImportContext context) {
		return context.cache("staff", () -> {
			java.util.Map<String, Staff> kept = new java.util.HashMap<>();
			context.jdbc.query("select e.nip, e.service_start, s.nip, e.unit_head, e.sanction from employee e"
					+ " join agency a on a.id = e.agency_id left join employee s on s.id = e.supervisor_id"
					+ " where a.region_id = ?", rs -> {
						String sanction = rs.getString(5);
						kept.put(rs.getString(1), new Staff(rs.getString(1), null, 0, null, null, null, null, null,
								rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBoolean(4),
								sanction == null ? null : Sanction.valueOf(sanction)));
					}, context.region);
			return kept;
		});
	}

	/** A position; SIASN's "Jabatan Struktural" is placed by its eselon (I-II JPT, III administrator, IV pengawas). */
	private static Position position(Line line) {
		Position position = line.choice("jenis_jabatan", POSITIONS, true);
		if (position != null || !line.ok() || !line.has("jenis_jabatan")) {
			return position;
		}
		String eselon = line.text("eselon");
		String level = eselon == null ? "" : eselon.toUpperCase(Locale.ROOT).replaceAll("[^IV]", "");
		return switch (level) {
			case "I", "II" -> Position.JPT;
			case "III" -> Position.ADMINISTRATOR;
			case "IV" -> Position.PENGAWAS;
			default -> {
				line.reject("jenis_jabatan", "structuralWithoutEselon");
				yield null;
			}
		};
	}

	/** PNS or PPPK, also as SIASN writes them ("PNS Daerah Kab./Kota ...", "P"/"C" for PNS/CPNS). */
	private static EmploymentType type(Line line) {
		String status = line.required("status");
		if (status == null) {
			return null;
		}
		String upper = status.toUpperCase(Locale.ROOT).replace(" ", "");
		if (upper.contains("PPPK") || upper.contains("P3K")) {
			return EmploymentType.PPPK;
		}
		if (upper.startsWith("PNS") || upper.startsWith("CPNS") || upper.equals("P") || upper.equals("C")) {
			return EmploymentType.PNS;
		}
		line.error("status", status, "unknownValue", "PNS, PPPK");
		return null;
	}

	/** III/a as written anywhere in the cell ("Penata Muda (III/a)"); a PPPK's I to XVII. */
	private static String rank(Line line, EmploymentType type) {
		String text = line.required("golongan");
		if (text == null) {
			return null;
		}
		Matcher pns = RANK.matcher(text);
		if (pns.find()) {
			return pns.group(1) + "/" + pns.group(2).toLowerCase(Locale.ROOT);
		}
		String upper = text.strip().toUpperCase(Locale.ROOT);
		if (type == EmploymentType.PPPK && PPPK_RANK.matcher(upper).matches()) {
			return upper;
		}
		line.error("golongan", text, "rankShape");
		return null;
	}

	@Override
	public String key(Staff row) {
		return row.nip();
	}

	@Override
	public String scope(Staff row) {
		return "";
	}

	@Override
	public String signature(Staff row) {
		return String.join("|", row.name(), String.valueOf(row.agencyId()), row.position().name(),
				row.level() == null ? "" : row.level().name(), row.jobTitle(), row.rank(), row.type().name(),
				row.serviceStart() == null ? "" : row.serviceStart().toString(),
				row.supervisorNip() == null ? "" : row.supervisorNip(), String.valueOf(row.unitHead()),
				row.sanction() == null ? "" : row.sanction().name());
	}

	@Override
	public Stored stored(ImportContext context, Set<String> scopes) {
		Stored stored = new Stored();
		context.jdbc.query("select e.id, e.nip, e.name, e.agency_id, e.position_type, e.functional_level, e.job_title,"
				+ " e.rank, e.employment_type, e.service_start, s.nip, e.unit_head, e.sanction from employee e"
				+ " join agency a on a.id = e.agency_id left join employee s on s.id = e.supervisor_id"
				+ " where a.region_id = ?", rs -> {
					LocalDate start = rs.getObject(10, LocalDate.class);
					String signature = String.join("|", rs.getString(3), String.valueOf(rs.getLong(4)),
							rs.getString(5), nullToEmpty(rs.getString(6)), rs.getString(7), rs.getString(8),
							rs.getString(9), start == null ? "" : start.toString(), nullToEmpty(rs.getString(11)),
							String.valueOf(rs.getBoolean(12)), nullToEmpty(rs.getString(13)));
					stored.add(rs.getString(2), rs.getLong(1), signature, 0);
				}, context.region);
		return stored;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/**
	 * A new NIP must not be another region's employee; a supervisor must be of this region: in the file, or
	 * stored and not removed by a replace.
	 */
	@Override
	public void check(List<Keyed<Staff>> rows, Stored stored, ImportContext context, List<RowError> errors) {
		Set<String> inFile = new HashSet<>();
		rows.forEach(row -> inFile.add(row.key()));
		List<String> lookedUp = rows.stream()
			.flatMap(row -> java.util.stream.Stream.of(row.key(), row.row().supervisorNip()))
			.filter(nip -> nip != null && !context.employees.containsKey(nip))
			.distinct()
			.toList();
		java.util.Map<String, String> elsewhere = context.regionsElsewhere(lookedUp);
		for (Keyed<Staff> row : rows) {
			if (elsewhere.containsKey(row.key())) {
				errors.add(new RowError(row.line(), "nip", row.key(), "otherRegionEmployee", elsewhere.get(row.key())));
			}
			String supervisor = row.row().supervisorNip();
			boolean known = supervisor == null || inFile.contains(supervisor)
					|| (!context.replace && context.employees.containsKey(supervisor));
			if (!known) {
				String other = elsewhere.get(supervisor);
				errors.add(new RowError(row.line(), "nip_atasan", supervisor,
						other != null ? "otherRegionSupervisor" : "unknownSupervisor", other != null ? other : context.region));
			}
		}
	}

	@Override
	public void write(Changes<Staff> changes, ImportContext context) {
		int[] types = { Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
				Types.VARCHAR, Types.DATE, Types.BOOLEAN, Types.VARCHAR, Types.CHAR };
		Batches.insert(context.jdbc, "employee", "name, agency_id, position_type, functional_level, job_title, rank,"
				+ " employment_type, service_start, unit_head, sanction, nip", types, changes.created(),
				row -> values(row, row.nip()));
		// the sanction on record is replaced below: remember that a moderate or heavy one was ever imposed
		context.jdbc.update("update employee set heavy_sanction_ever = true where sanction in ('SEDANG', 'BERAT')"
				+ " and not heavy_sanction_ever");
		Batches.run(context.jdbc, "update employee set name = ?, agency_id = ?, position_type = ?, functional_level = ?,"
				+ " job_title = ?, rank = ?, employment_type = ?, service_start = ?, unit_head = ?, sanction = ?"
				+ " where id = ?", changes.updated(), withId(types), u -> values(u.row(), u.id()));
		remove(changes.removed(), context);
		context.loadEmployees();
		// new employees are written without a supervisor: only those who have one need this second statement
		List<Staff> placed = new java.util.ArrayList<>(
				changes.created().stream().filter(row -> row.supervisorNip() != null).toList());
		changes.updated().forEach(u -> placed.add(u.row()));
		Batches.run(context.jdbc, "update employee set supervisor_id = ? where id = ?", placed,
				new int[] { Types.BIGINT, Types.BIGINT }, row -> new Object[] {
						row.supervisorNip() == null ? null : context.employees.get(row.supervisorNip()).id(),
						context.employees.get(row.nip()).id() });
	}

	private static int[] withId(int[] types) {
		int[] withId = types.clone();
		withId[withId.length - 1] = Types.BIGINT;
		return withId;
	}

	private static Object[] values(Staff row, Object last) {
		return new Object[] { row.name(), row.agencyId(), row.position().name(),
				row.level() == null ? null : row.level().name(), row.jobTitle(), row.rank(), row.type().name(),
				row.serviceStart(), row.unitHead(), row.sanction() == null ? null : row.sanction().name(), last };
	}

	/** Employees a replace leaves out go with their appraisal data; their subordinates lose them as supervisor. */
	private static void remove(List<Long> ids, ImportContext context) {
		if (ids.isEmpty()) {
			return;
		}
		for (int from = 0; from < ids.size(); from += Batches.SIZE) {
			List<Long> part = ids.subList(from, Math.min(ids.size(), from + Batches.SIZE));
			context.jdbc.update("update employee set supervisor_id = null where supervisor_id in ("
					+ "?,".repeat(part.size() - 1) + "?)", part.toArray());
		}
		for (String table : List.of("skp_line", "behaviour_form", "official_rating", "development_hours")) {
			Batches.deleteOfEmployees(context.jdbc, table, ids);
		}
		Batches.delete(context.jdbc, "employee", ids);
	}

}
