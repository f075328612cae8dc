package id.kinerja.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.policy.fact.Rating;

/**
 * A row of an employee case table: one employee, evaluated alone in the scope of the row's agency, and
 * what the policy must conclude. Besides the expectations a row states, the evaluation must not produce
 * warnings (two rules deciding the same thing differently).
 */
record EmployeeCase(String file, int line, String name, String agency, Employee employee,
		List<Expectation> expectations) implements PolicyCase {

	static PolicyCase read(CaseRow row) {
		Employee employee = new Employee("kasus-" + row.line(), row.name(), row.agency(),
				row.choice("jabatan", Position.class, Position.PELAKSANA),
				row.choice("jenjang", FunctionalLevel.class, null), row.given("nama_jabatan") ? row.text("nama_jabatan") : null,
				null, row.choice("status_pegawai", EmploymentType.class, EmploymentType.PNS), row.yesNo("kepala_unit"),
				row.choice("predikat_organisasi", OrganisationRating.class, null), row.whole("masa_kerja", 0),
				row.yesNo("sanksi_berat"), row.choice("rating_hasil_kerja", Rating.class, null),
				row.choice("rating_perilaku", Rating.class, null), row.number("ikm", null), row.number("jp", 0.0),
				row.months("periode"), row.indicators("indikator"), row.behaviour("perilaku"))
			.withCitizenInput(row.citizenInput("masukan_warga"));
		List<Expectation> expectations = new ArrayList<>();
		expectChoice(row, "harapan_hasil_kerja", Rating.class, o -> o.workResultRating(), expectations);
		expectChoice(row, "harapan_perilaku", Rating.class, o -> o.behaviourRating(), expectations);
		expectChoice(row, "harapan_predikat", Predikat.class, o -> o.predikat(), expectations);
		expectNumber(row, "harapan_skor", EmployeeOutcome::score, expectations);
		expectNumber(row, "harapan_capaian", EmployeeOutcome::workScore, expectations);
		expectNumber(row, "harapan_indeks_perilaku", EmployeeOutcome::behaviourIndex, expectations);
		expectNumber(row, "harapan_angka_kredit", EmployeeOutcome::angkaKredit, expectations);
		expectCodes(row, "harapan_penghargaan", o -> o.awards().stream().map(AwardOutcome::code).toList(), expectations);
		expectCodes(row, "harapan_pelatihan", o -> o.trainings().stream().map(TrainingOutcome::code).toList(),
				expectations);
		List<String> mustFire = rules(row, "harapan_aturan");
		if (!mustFire.isEmpty()) {
			expectations.add(new Expectation("harapan_aturan", "jalan: " + String.join(" | ", mustFire),
					o -> "tidak jalan: " + String.join(" | ", missing(mustFire, firedNames(o), true)),
					o -> missing(mustFire, firedNames(o), true).isEmpty()));
		}
		List<String> mustNotFire = rules(row, "harapan_aturan_tidak");
		if (!mustNotFire.isEmpty()) {
			expectations.add(new Expectation("harapan_aturan_tidak", "tidak jalan: " + String.join(" | ", mustNotFire),
					o -> "jalan: " + String.join(" | ", missing(mustNotFire, firedNames(o), false)),
					o -> missing(mustNotFire, firedNames(o), false).isEmpty()));
		}
		expectations.add(new Expectation("(peringatan)", "tidak ada", o -> String.join("; ", o.warnings()),
				o -> o.warnings().isEmpty()));
		MalformedCase malformed = row.malformed();
		return malformed != null ? malformed
				: new EmployeeCase(row.file().path(), row.line(), row.name(), row.agency(), employee, expectations);
	}

	@Override
	public List<CaseFailure> check(CompiledPolicy policy) {
		EmployeeOutcome outcome;
		try {
			outcome = policy.evaluate(agency, List.of(employee)).get(0);
		}
		catch (RuntimeException ex) {
			return List.of(new CaseFailure(file, line, name, "evaluasi selesai", ex.getMessage(), List.of()));
		}
		List<CaseFailure> failures = new ArrayList<>();
		for (Expectation expectation : expectations) {
			if (!expectation.met().test(outcome)) {
				failures.add(new CaseFailure(file, line, name, expectation.column() + " = " + expectation.expected(),
						expectation.actual().apply(outcome), firedNames(outcome)));
			}
		}
		return failures;
	}

	/** What one column expects, how to show what the policy concluded, and whether it matches. */
	record Expectation(String column, String expected, Function<EmployeeOutcome, String> actual,
			Predicate<EmployeeOutcome> met) {
	}

	private static <E extends Enum<E>> void expectChoice(CaseRow row, String column, Class<E> type,
			Function<EmployeeOutcome, E> value, List<Expectation> expectations) {
		if (!row.given(column)) {
			return;
		}
		E expected = row.none(column) ? null : row.choice(column, type, null);
		String text = expected == null ? CaseRow.NONE : expected.name();
		Function<EmployeeOutcome, String> actual = o -> value.apply(o) == null ? CaseRow.NONE : value.apply(o).name();
		expectations.add(new Expectation(column, text, actual, o -> text.equals(actual.apply(o))));
	}

	private static void expectNumber(CaseRow row, String column, Function<EmployeeOutcome, Double> value,
			List<Expectation> expectations) {
		if (!row.given(column)) {
			return;
		}
		Double expected = row.none(column) ? null : row.number(column, null);
		expectations.add(new Expectation(column, format(expected), o -> format(value.apply(o)),
				o -> expected == null ? value.apply(o) == null
						: value.apply(o) != null && Math.abs(value.apply(o) - expected) <= 0.01));
	}

	private static void expectCodes(CaseRow row, String column, Function<EmployeeOutcome, List<String>> codes,
			List<Expectation> expectations) {
		if (!row.given(column)) {
			return;
		}
		String expected = codeSet(row.words(column));
		expectations.add(new Expectation(column, expected, o -> codeSet(codes.apply(o)),
				o -> expected.equals(codeSet(codes.apply(o)))));
	}

	private static String codeSet(List<String> codes) {
		return codes.isEmpty() ? CaseRow.NONE : String.join(" ", new TreeSet<>(codes));
	}

	private static String format(Double value) {
		return value == null ? CaseRow.NONE : String.format(Locale.ROOT, "%.4f", value);
	}

	static List<String> rules(CaseRow row, String column) {
		List<String> rules = new ArrayList<>();
		if (row.given(column) && !row.none(column)) {
			for (String rule : row.text(column).split("\\|")) {
				if (!rule.isBlank()) {
					rules.add(rule.strip());
				}
			}
		}
		return rules;
	}

	/** The rules of {@code rules} that did not fire (wanted) or that fired (unwanted). */
	private static List<String> missing(List<String> rules, List<String> fired, boolean wanted) {
		return rules.stream().filter(rule -> fired.contains(rule) != wanted).toList();
	}

	private static List<String> firedNames(EmployeeOutcome outcome) {
		return outcome.firedRules().stream().map(FiredRule::rule).toList();
	}

}
