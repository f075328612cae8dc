package id.kinerja.imports;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.appraisal.Aspect;
import id.kinerja.appraisal.LineKind;

/**
 * {@code skp}: an employee's SKP lines per period, keyed by NIP, period and indicator code. The weights of
 * an employee's lines in a period, as they will be stored, must sum to 100.
 */
final class SkpRows implements KindRows<SkpRows.Skp> {

	record Skp(long employeeId, String nip, String period, String code, String name, BigDecimal weight,
			BigDecimal target, BigDecimal realisation, boolean higherIsBetter, LineKind kind, Aspect aspect,
			String unit, String evidence) {
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Choices<Boolean> DIRECTIONS = new Choices<Boolean>()
		.add(true, "naik", "lebih tinggi lebih baik", "↑", "higher")
		.add(false, "turun", "lebih rendah lebih baik", "↓", "lower");

	@Override
	public Skp read(Line line, ImportContext context) {
		String nip = line.nip("nip", true, context);
		ImportContext.EmployeeRef employee = context.employee(line, "nip", nip);
		String period = context.period(line, "periode");
		String code = line.text("kode_indikator", 40, true);
		String name = line.text("uraian", 200, true);
		BigDecimal weight = line.decimal("bobot", true, BigDecimal.ZERO, HUNDRED);
		BigDecimal target = line.decimal("target", true);
		if (target != null && target.signum() < 0) {
			line.reject("target", "negative");
		}
		BigDecimal realisation = line.decimal("realisasi", false);
		if (realisation != null && realisation.signum() < 0) {
			line.reject("realisasi", "negative");
		}
		Boolean higher = line.choice("arah", DIRECTIONS, true);
		LineKind kind = line.has("jenis") ? line.choice("jenis", Choices.of(LineKind.class), false) : LineKind.UTAMA;
		Aspect aspect = line.has("aspek") ? line.choice("aspek", Choices.of(Aspect.class), false) : Aspect.KUANTITAS;
		String unit = line.text("satuan", 30, false);
		String evidence = line.text("bukti_dukung", 300, false);
		if (!line.ok() && nip != null && period != null) {
			withErrors(context).add(nip + "|" + period);
		}
		return line.ok() ? new Skp(employee.id(), employee.nip(), period, context.shared(code), context.shared(name),
				weight, target, realisation, higher, kind, aspect, context.shared(unit == null ? "" : unit), evidence)
				: null;
	}

	/** The plans (NIP and period) with a rejected row: their sum is checked once the file is corrected. */
	private static Set<String> withErrors(ImportContext context) {
		return context.cache("plansWithErrors", java.util.HashSet::new);
	}

	@Override
	public String key(Skp row) {
		return row.nip() + "|" + row.period() + "|" + row.code();
	}

	@Override
	public String scope(Skp row) {
		return row.period();
	}

	@Override
	public String signature(Skp row) {
		return String.join("|", row.name(), Batches.number(row.weight()), Batches.number(row.target()),
				Batches.number(row.realisation()), String.valueOf(row.higherIsBetter()), row.kind().name(),
				row.aspect().name(), row.unit(), row.evidence() == null ? "" : row.evidence());
	}

	@Override
	public Stored stored(ImportContext context, Set<String> scopes) {
		Stored stored = new Stored();
		Scopes.query(context, "select x.id, e.nip, x.period_code, x.indicator_code, x.indicator_name, x.weight,"
				+ " x.target, x.realisation, x.higher_is_better, x.kind, x.aspect, x.unit, x.evidence_url"
				+ " from skp_line x join employee e on e.id = x.employee_id join agency a on a.id = e.agency_id"
				+ " where a.region_id = ?", "x.period_code", scopes, rs -> {
					BigDecimal weight = rs.getBigDecimal(6);
					String signature = String.join("|", rs.getString(5), Batches.number(weight),
							Batches.number(rs.getBigDecimal(7)), Batches.number(rs.getBigDecimal(8)),
							String.valueOf(rs.getBoolean(9)), rs.getString(10), rs.getString(11), rs.getString(12),
							rs.getString(13) == null ? "" : rs.getString(13));
					stored.add(rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4), rs.getLong(1),
							signature, weight.doubleValue());
				});
		return stored;
	}

	/** Per employee and period: the file's weights, plus (upsert) the stored lines the file leaves as they are. */
	@Override
	public void check(List<Keyed<Skp>> rows, Stored stored, ImportContext context, List<RowError> errors) {
		Map<String, Double> sums = new HashMap<>();
		Map<String, Integer> firstLine = new HashMap<>();
		Set<String> keys = new java.util.HashSet<>();
		for (Keyed<Skp> row : rows) {
			String plan = row.row().nip() + "|" + row.row().period();
			sums.merge(plan, row.row().weight().doubleValue(), Double::sum);
			firstLine.putIfAbsent(plan, row.line());
			keys.add(row.key());
		}
		if (!context.replace) {
			stored.all().forEach((key, line) -> {
				String plan = key.substring(0, key.lastIndexOf('|'));
				if (sums.containsKey(plan) && !keys.contains(key)) {
					sums.merge(plan, line.amount(), Double::sum);
				}
			});
		}
		Set<String> rejected = withErrors(context);
		sums.forEach((plan, sum) -> {
			if (Math.abs(sum - 100) > 0.005 && !rejected.contains(plan)) {
				String[] parts = plan.split("\\|");
				String total = BigDecimal.valueOf(sum).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
					.toPlainString();
				errors.add(new RowError(firstLine.get(plan), "bobot", total, "weightsNot100", parts[0], parts[1], total));
			}
		});
	}

	@Override
	public void write(Changes<Skp> changes, ImportContext context) {
		Batches.insert(context.jdbc, "skp_line", "kind, indicator_code, indicator_name, aspect, unit, target,"
				+ " realisation, weight, higher_is_better, evidence_url, employee_id, period_code", types(Types.VARCHAR),
				changes.created(), row -> values(row, row.employeeId(), row.period()));
		Batches.run(context.jdbc, "update skp_line set kind = ?, indicator_code = ?, indicator_name = ?, aspect = ?,"
				+ " unit = ?, target = ?, realisation = ?, weight = ?, higher_is_better = ?, evidence_url = ?"
				+ " where id = ?", changes.updated(), Arrays.copyOf(types(Types.VARCHAR), 11),
				u -> Arrays.copyOf(values(u.row(), u.id(), null), 11));
		Batches.delete(context.jdbc, "skp_line", changes.removed());
	}

	/** The columns' types: the values, then the id (or employee id), then the period's. */
	private static int[] types(int last) {
		return new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
				Types.NUMERIC, Types.NUMERIC, Types.BOOLEAN, Types.VARCHAR, Types.BIGINT, last };
	}

	private static Object[] values(Skp row, Object id, String period) {
		return new Object[] { row.kind().name(), row.code(), row.name(), row.aspect().name(), row.unit(),
				row.target(), row.realisation(), row.weight(), row.higherIsBetter(), row.evidence(), id, period };
	}

}
