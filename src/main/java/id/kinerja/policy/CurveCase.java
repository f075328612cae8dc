package id.kinerja.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;

/**
 * A row of a curve table: an agency's organisation rating, how many of its employees got each predikat
 * and the predikat of its head ({@code kepala_unit}, outside the curve); the curve rules that must find a breach ({@code harapan_pelanggaran}, rule names separated by
 * {@code |}, {@code -} for none) are compared as an exact set.
 */
record CurveCase(String file, int line, String name, String agency, OrganisationRating rating,
		List<EmployeeOutcome> outcomes, List<String> breaches) implements PolicyCase {

	private static final String[] COUNT_COLUMNS = { "sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang" };

	static PolicyCase read(CaseRow row) {
		OrganisationRating rating = row.choice("predikat_organisasi", OrganisationRating.class, null);
		if (rating == null && !row.given("predikat_organisasi")) {
			row.problem("predikat_organisasi", "predikat organisasi", "");
		}
		List<EmployeeOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < COUNT_COLUMNS.length; i++) {
			int count = row.whole(COUNT_COLUMNS[i], 0);
			if (count < 0) {
				row.problem(COUNT_COLUMNS[i], "jumlah pegawai (0 atau lebih)", String.valueOf(count));
			}
			for (int n = 0; n < count; n++) {
				outcomes.add(outcome("kasus-" + row.line() + "-" + outcomes.size(), false, Predikat.values()[i]));
			}
		}
		Predikat head = row.choice("kepala_unit", Predikat.class, null);
		if (head != null) {
			outcomes.add(outcome("kasus-" + row.line() + "-kepala", true, head));
		}
		List<String> breaches = row.given("harapan_pelanggaran") ? EmployeeCase.rules(row, "harapan_pelanggaran") : null;
		MalformedCase malformed = row.malformed();
		return malformed != null ? malformed
				: new CurveCase(row.file().path(), row.line(), row.name(), row.agency(), rating, outcomes, breaches);
	}

	private static EmployeeOutcome outcome(String nip, boolean unitHead, Predikat predikat) {
		return new EmployeeOutcome(nip, unitHead, null, null, predikat, null, null, null, null, null, List.of(), List.of(),
				List.of(), List.of(), List.of());
	}

	@Override
	public List<CaseFailure> check(CompiledPolicy policy) {
		List<String> found;
		try {
			found = policy.checkCurve(agency, rating, outcomes).stream().map(c -> c.rule().rule()).toList();
		}
		catch (RuntimeException ex) {
			return List.of(new CaseFailure(file, line, name, "pemeriksaan kurva selesai", ex.getMessage(), List.of()));
		}
		if (breaches == null || new TreeSet<>(breaches).equals(new TreeSet<>(found))) {
			return List.of();
		}
		return List.of(new CaseFailure(file, line, name, "harapan_pelanggaran = " + text(breaches), text(found), found));
	}

	private static String text(List<String> rules) {
		return rules.isEmpty() ? CaseRow.NONE : String.join(" | ", new TreeSet<>(rules));
	}

}
