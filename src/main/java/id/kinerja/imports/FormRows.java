package id.kinerja.imports;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import id.kinerja.appraisal.BehaviourForm;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.CoreValue;

/**
 * {@code perilaku}: one BerAKHLAK form per row, keyed by NIP, period, kind of assessor and the assessor's NIP.
 * One assessor may give several forms (anonymous subordinates share a blank NIP, a peer may fill two): forms
 * of one key are matched in the order they come.
 */
final class FormRows implements KindRows<FormRows.Form> {

	record Form(long employeeId, String nip, String period, Assessor assessor, String assessorNip,
			BigDecimal[] scores) {
	}

	static final String[] VALUES = Arrays.stream(CoreValue.values())
		.map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
		.toArray(String[]::new);

	static final Choices<Assessor> ASSESSORS = Choices.of(Assessor.class)
		.add(Assessor.SELF, "DIRI", "DIRI SENDIRI", "MANDIRI")
		.add(Assessor.SUPERVISOR, "ATASAN", "ATASAN LANGSUNG", "PEJABAT PENILAI")
		.add(Assessor.PEER, "REKAN", "REKAN KERJA", "SEJAWAT")
		.add(Assessor.SUBORDINATE, "BAWAHAN");

	private static final BigDecimal ONE = BigDecimal.ONE;

	private static final BigDecimal FIVE = BigDecimal.valueOf(5);

	@Override
	public Form read(Line line, ImportContext context) {
		String nip = line.nip("nip", true, context);
		ImportContext.EmployeeRef employee = context.employee(line, "nip", nip);
		String period = context.period(line, "periode");
		Assessor assessor = line.choice("penilai", ASSESSORS, true);
		String assessorNip = line.nip("nip_penilai", false, context);
		BigDecimal[] scores = new BigDecimal[VALUES.length];
		for (int v = 0; v < VALUES.length; v++) {
			scores[v] = line.decimal(VALUES[v], false, ONE, FIVE);
			if (scores[v] != null && scores[v].stripTrailingZeros().scale() > 2) {
				line.reject(VALUES[v], "twoDecimals");
			}
		}
		if (line.ok() && Arrays.stream(scores).allMatch(s -> s == null)) {
			line.error(VALUES[0], null, "noScore");
		}
		return line.ok() ? new Form(employee.id(), employee.nip(), period, assessor, context.shared(assessorNip), scores)
				: null;
	}

	@Override
	public String key(Form row) {
		return key(row.nip(), row.period(), row.assessor().name(), row.assessorNip());
	}

	private static String key(String nip, String period, String assessor, String assessorNip) {
		return nip + "|" + period + "|" + assessor + "|" + (assessorNip == null ? "-" : assessorNip);
	}

	@Override
	public boolean numbered(Form row) {
		return true;
	}

	@Override
	public String scope(Form row) {
		return row.period();
	}

	@Override
	public String signature(Form row) {
		return Arrays.stream(row.scores()).map(Batches::number).collect(Collectors.joining("|"));
	}

	@Override
	public Stored stored(ImportContext context, Set<String> scopes) {
		Stored stored = new Stored();
		Scopes.query(context, "select x.id, e.nip, x.period_code, x.assessor_type, x.assessor_nip, "
				+ BehaviourForm.VALUE_COLUMNS.replaceAll("(\\w+)", "x.$1") + " from behaviour_form x join employee e"
				+ " on e.id = x.employee_id join agency a on a.id = e.agency_id where a.region_id = ?",
				"x.period_code", scopes, rs -> {
					StringBuilder signature = new StringBuilder();
					for (int v = 0; v < VALUES.length; v++) {
						signature.append(v == 0 ? "" : "|").append(Batches.number(rs.getBigDecimal(6 + v)));
					}
					stored.addNumbered(key(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
							rs.getLong(1), signature.toString(), 0);
				});
		return stored;
	}

	@Override
	public void write(Changes<Form> changes, ImportContext context) {
		int[] types = { Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC,
				Types.NUMERIC, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.CHAR };
		Batches.insert(context.jdbc, "behaviour_form",
				BehaviourForm.VALUE_COLUMNS + ", employee_id, period_code, assessor_type, assessor_nip", types,
				changes.created(), form -> values(form, form.employeeId(), form.period(), form.assessor().name(),
						form.assessorNip()));
		Batches.run(context.jdbc, "update behaviour_form set " + BehaviourForm.VALUE_COLUMNS.replace(",", " = ?,")
				+ " = ? where id = ?", changes.updated(), Arrays.copyOf(types, 8),
				u -> Arrays.copyOf(values(u.row(), u.id()), 8));
		Batches.delete(context.jdbc, "behaviour_form", changes.removed());
	}

	private static Object[] values(Form form, Object... after) {
		Object[] values = Arrays.copyOf(form.scores(), VALUES.length + after.length, Object[].class);
		System.arraycopy(after, 0, values, VALUES.length, after.length);
		return values;
	}

}
