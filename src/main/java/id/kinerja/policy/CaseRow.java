package id.kinerja.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CitizenInput;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Indicator;

/**
 * One row of a case table with its cells by column. Reading a cell that is not valid records a problem
 * (line, column, what was expected) instead of throwing; {@link #malformed()} turns them into a failing case.
 */
final class CaseRow {

	/** The "none" marker of an expectation. */
	static final String NONE = "-";

	private final PolicyFile file;

	private final int line;

	private final List<String> header;

	private final List<String> cells;

	private final List<CaseFailure> problems = new ArrayList<>();

	CaseRow(PolicyFile file, int line, List<String> header, List<String> cells) {
		this.file = file;
		this.line = line;
		this.header = header;
		this.cells = cells;
		for (int i = header.size(); i < cells.size(); i++) {
			if (!cells.get(i).isEmpty()) {
				problems.add(failure("kolom " + (i + 1) + ": paling banyak " + header.size() + " kolom",
						"'" + cells.get(i) + "' di luar kepala tabel"));
			}
		}
	}

	PolicyFile file() {
		return file;
	}

	int line() {
		return line;
	}

	String name() {
		String name = text("kasus");
		return name.isEmpty() ? "baris " + line : name;
	}

	/** The agency whose scope evaluates the row: its {@code opd} cell, else the agency of the table's folder. */
	String agency() {
		return given("opd") ? text("opd") : file.agency();
	}

	String text(String column) {
		int index = header.indexOf(column);
		return index >= 0 && index < cells.size() ? cells.get(index) : "";
	}

	boolean given(String column) {
		return !text(column).isEmpty();
	}

	boolean none(String column) {
		return NONE.equals(text(column));
	}

	Double number(String column, Double otherwise) {
		if (!given(column)) {
			return otherwise;
		}
		Double value = parseNumber(text(column));
		if (value == null) {
			problem(column, "angka, misalnya 12.5", text(column));
			return otherwise;
		}
		return value;
	}

	int whole(String column, int otherwise) {
		if (!given(column)) {
			return otherwise;
		}
		try {
			return Integer.parseInt(text(column));
		}
		catch (NumberFormatException ex) {
			problem(column, "bilangan bulat", text(column));
			return otherwise;
		}
	}

	boolean yesNo(String column) {
		String value = text(column).toLowerCase(Locale.ROOT);
		if (!value.isEmpty() && !value.equals("ya") && !value.equals("tidak")) {
			problem(column, "ya atau tidak", text(column));
		}
		return value.equals("ya");
	}

	<E extends Enum<E>> E choice(String column, Class<E> type, E otherwise) {
		return given(column) ? constant(column, text(column), type) : otherwise;
	}

	/** Months of a period code: {@code 2025} 12, {@code 2025-Q4} 3, {@code 2025-11} 1; blank is a year. */
	int months(String column) {
		String code = text(column);
		if (code.matches("\\d{4}")) {
			return 12;
		}
		if (code.matches("\\d{4}-Q[1-4]")) {
			return 3;
		}
		if (code.matches("\\d{4}-(0[1-9]|1[0-2])")) {
			return 1;
		}
		if (!code.isEmpty()) {
			problem(column, "periode YYYY, YYYY-Qn atau YYYY-MM", code);
		}
		return 12;
	}

	List<String> words(String column) {
		return given(column) && !none(column) ? List.of(text(column).split("\\s+")) : List.of();
	}

	/** {@code KODE:bobot:target:realisasi:naik|turun}, separated by spaces. */
	List<Indicator> indicators(String column) {
		List<Indicator> indicators = new ArrayList<>();
		for (String word : words(column)) {
			String[] parts = word.split(":", -1);
			Double weight = parts.length == 5 ? parseNumber(parts[1]) : null;
			Double target = parts.length == 5 ? parseNumber(parts[2]) : null;
			Double realisation = parts.length == 5 ? parseNumber(parts[3]) : null;
			String direction = parts.length == 5 ? parts[4] : "";
			if (weight == null || target == null || realisation == null
					|| !(direction.equals("naik") || direction.equals("turun")) || parts[0].isEmpty()) {
				problem(column, "KODE:bobot:target:realisasi:naik|turun", word);
				continue;
			}
			indicators.add(new Indicator(parts[0], weight, target, realisation, direction.equals("naik")));
		}
		return indicators;
	}

	/**
	 * {@code Layanan:keluhan:saran} per service, {@code _} standing for a space in the service's name, e.g.
	 * {@code Angkutan_umum:12:3}.
	 */
	List<CitizenInput> citizenInput(String column) {
		List<CitizenInput> input = new ArrayList<>();
		for (String word : words(column)) {
			String[] parts = word.split(":", -1);
			Double complaints = parts.length == 3 ? parseNumber(parts[1]) : null;
			Double suggestions = parts.length == 3 ? parseNumber(parts[2]) : null;
			if (complaints == null || suggestions == null || parts[0].isEmpty() || complaints < 0 || suggestions < 0
					|| complaints % 1 != 0 || suggestions % 1 != 0) {
				problem(column, "Layanan:keluhan:saran (bilangan bulat)", word);
				continue;
			}
			input.add(new CitizenInput(parts[0].replace('_', ' '), complaints.intValue(), suggestions.intValue()));
		}
		return input;
	}

	/**
	 * {@code PENILAI=skor} gives all seven BerAKHLAK values that score from that assessor;
	 * {@code PENILAI.NILAI=skor} gives one value. A later entry replaces an earlier one for the same value.
	 */
	List<BehaviourScore> behaviour(String column) {
		Map<String, BehaviourScore> scores = new LinkedHashMap<>();
		for (String word : words(column)) {
			String[] parts = word.split("=", -1);
			Double score = parts.length == 2 ? parseNumber(parts[1]) : null;
			if (score == null) {
				problem(column, "PENILAI=skor atau PENILAI.NILAI=skor", word);
				continue;
			}
			String[] who = parts[0].split("\\.", -1);
			Assessor assessor = constant(column, who[0], Assessor.class);
			List<CoreValue> values = who.length == 1 ? Arrays.asList(CoreValue.values())
					: Arrays.asList(constant(column, who[1], CoreValue.class));
			if (assessor == null || values.contains(null) || who.length > 2) {
				continue;
			}
			for (CoreValue value : values) {
				scores.put(assessor + "." + value, new BehaviourScore(value, assessor, score));
			}
		}
		return List.copyOf(scores.values());
	}

	<E extends Enum<E>> E constant(String column, String text, Class<E> type) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(text)) {
				return constant;
			}
		}
		problem(column, "salah satu dari " + Arrays.toString(type.getEnumConstants()), text);
		return null;
	}

	void problem(String column, String expected, String actual) {
		problems.add(failure("kolom " + (header.indexOf(column) + 1) + " '" + column + "': " + expected,
				"'" + actual + "'"));
	}

	private CaseFailure failure(String expected, String actual) {
		return new CaseFailure(file.path(), line, name(), expected, actual, List.of());
	}

	/** The row as a failing case if a cell could not be read, else null. */
	MalformedCase malformed() {
		return problems.isEmpty() ? null : new MalformedCase(file.path(), line, name(), problems);
	}

	private static Double parseNumber(String text) {
		try {
			double value = Double.parseDouble(text.replace(',', '.'));
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
