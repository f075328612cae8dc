package id.kinerja.imports;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What rows of one region are checked against: its agencies, its employees, the periods that exist, and
 * where a NIP of another region lives. Read once per import, inside its transaction.
 */
final class ImportContext {

	record AgencyRef(long id, String code, String name, boolean retired) {
	}

	record EmployeeRef(long id, String nip, long agencyId) {
	}

	final String region;

	final ImportKind kind;

	final boolean replace;

	/** The period the request names, or null: then each row names its own. */
	final String period;

	final YearMonth now = YearMonth.now();

	final JdbcTemplate jdbc;

	final Map<String, AgencyRef> agencies = new HashMap<>();

	final Map<String, EmployeeRef> employees = new HashMap<>();

	final Set<String> periods = new HashSet<>();

	private final Map<String, Optional<String>> elsewhere = new HashMap<>();

	private final Map<String, Object> cached = new HashMap<>();

	private final Map<String, String> shared = new HashMap<>();

	ImportContext(JdbcTemplate jdbc, String region, ImportKind kind, boolean replace, String period) {
		this.jdbc = jdbc;
		this.region = region;
		this.kind = kind;
		this.replace = replace;
		this.period = period;
		jdbc.query("select id, code, name, retired_at from agency where region_id = ?", rs -> {
			agencies.put(rs.getString(2),
					new AgencyRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4) != null));
		}, region);
		periods.addAll(jdbc.queryForList("select code from evaluation_period", String.class));
		if (kind != ImportKind.OPD) {
			loadEmployees();
		}
	}

	void loadEmployees() {
		employees.clear();
		jdbc.query("select e.id, e.nip, e.agency_id from employee e join agency a on a.id = e.agency_id"
				+ " where a.region_id = ?", rs -> {
					String nip = rs.getString(2);
					employees.put(nip, new EmployeeRef(rs.getLong(1), nip, rs.getLong(3)));
				}, region);
	}

	/**
	 * One instance per distinct text (indicator codes and names repeat across a region's employees): a file of
	 * half a million SKP lines is held in a fraction of the memory.
	 */
	String shared(String text) {
		return text == null ? null : shared.computeIfAbsent(text, t -> t);
	}

	/** What a kind reads once per import, e.g. every employee's supervisor. */
	@SuppressWarnings("unchecked")
	<T> T cache(String name, java.util.function.Supplier<T> read) {
		return (T) cached.computeIfAbsent(name, n -> read.get());
	}

	/** The region another region's employee belongs to, empty when no region has the NIP. */
	Optional<String> regionElsewhere(String nip) {
		return elsewhere.computeIfAbsent(nip, n -> {
			List<String> found = jdbc.queryForList("select a.region_id from employee e join agency a"
					+ " on a.id = e.agency_id where e.nip = ? and a.region_id <> ?", String.class, n, region);
			return found.stream().findFirst();
		});
	}

	/** For each of these NIPs that another region has, that region (a thousand NIPs per query). */
	Map<String, String> regionsElsewhere(List<String> nips) {
		Map<String, String> found = new HashMap<>();
		for (int from = 0; from < nips.size(); from += 1000) {
			List<String> part = nips.subList(from, Math.min(nips.size(), from + 1000));
			jdbc.query("select e.nip, a.region_id from employee e join agency a on a.id = e.agency_id where"
					+ " a.region_id <> ? and e.nip in (" + "?,".repeat(part.size() - 1) + "?)", rs -> {
						found.put(rs.getString(1), rs.getString(2));
					}, withRegion(part));
		}
		return found;
	}

	private Object[] withRegion(List<String> nips) {
		Object[] args = new Object[nips.size() + 1];
		args[0] = region;
		for (int i = 0; i < nips.size(); i++) {
			args[i + 1] = nips.get(i);
		}
		return args;
	}

	/** The employee of this region a row names, or null with the reason on the row. */
	EmployeeRef employee(Line line, String column, String nip) {
		if (nip == null) {
			return null;
		}
		EmployeeRef employee = employees.get(nip);
		if (employee == null) {
			Optional<String> other = regionElsewhere(nip);
			line.error(column, nip, other.isPresent() ? "otherRegionEmployee" : "unknownEmployee",
					other.orElse(region));
		}
		return employee;
	}

	/** An active agency of this region, or null with the reason on the row. */
	AgencyRef agency(Line line, String column, String code) {
		if (code == null) {
			return null;
		}
		AgencyRef agency = agencies.get(code);
		if (agency == null) {
			line.error(column, code, "unknownAgency", region);
		}
		else if (agency.retired()) {
			line.error(column, code, "retiredAgency");
			return null;
		}
		return agency;
	}

	/** The row's period: its own column, else the request's; it must exist and match the request's. */
	String period(Line line, String column) {
		String own = line.text(column);
		if (own == null && period == null) {
			line.error(column, null, "required");
			return null;
		}
		String code = own == null ? period : own;
		if (period != null && !period.equals(code)) {
			line.error(column, code, "otherPeriod", period);
			return null;
		}
		if (!periods.contains(code)) {
			line.error(column, code, "unknownPeriod");
			return null;
		}
		return shared(code);
	}

}
