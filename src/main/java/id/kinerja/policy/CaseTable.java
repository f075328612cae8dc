package id.kinerja.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a case table ({@code *.cases.csv}) into cases.
 * <p>
 * Format: UTF-8, cells separated by {@code ;}, lines starting with {@code #} are comments, blank lines are
 * skipped. The first other line is the header; columns may come in any order and may be left out. A
 * blank cell means "not given" for an input and "not checked" for an expectation ({@code harapan_*});
 * {@code -} in an expectation means "none". The header decides the kind of table: with
 * {@code predikat_organisasi} and the predikat counts ({@code sangat_baik} ...) it is a curve table
 * ({@link CurveCase}), otherwise an employee table ({@link EmployeeCase}). An unknown or repeated column
 * makes the whole table fail at its header; a cell that cannot be read makes its row fail, naming line
 * and column.
 */
final class CaseTable {

	static final List<String> EMPLOYEE_COLUMNS = List.of("kasus", "opd", "periode", "status_pegawai", "jabatan",
			"jenjang", "nama_jabatan", "kepala_unit", "predikat_organisasi", "masa_kerja", "sanksi_berat", "rating_hasil_kerja",
			"rating_perilaku", "ikm", "masukan_warga", "jp", "indikator", "perilaku", "harapan_hasil_kerja", "harapan_perilaku",
			"harapan_predikat", "harapan_skor", "harapan_capaian", "harapan_indeks_perilaku",
			"harapan_angka_kredit", "harapan_penghargaan", "harapan_pelatihan", "harapan_aturan",
			"harapan_aturan_tidak");

	static final List<String> CURVE_COLUMNS = List.of("kasus", "opd", "predikat_organisasi", "sangat_baik", "baik",
			"butuh_perbaikan", "kurang", "sangat_kurang", "kepala_unit", "harapan_pelanggaran");

	static final String SEPARATOR = ";";

	private CaseTable() {
	}

	static List<PolicyCase> parse(PolicyFile file) {
		List<PolicyCase> cases = new ArrayList<>();
		List<String> header = null;
		boolean curve = false;
		String[] lines = file.content().split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String text = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
			if (text.isBlank() || text.strip().startsWith("#")) {
				continue;
			}
			List<String> cells = split(text);
			if (header == null) {
				header = cells;
				curve = header.contains("sangat_baik") || header.contains("harapan_pelanggaran");
				MalformedCase problem = checkHeader(file, i + 1, header, curve ? CURVE_COLUMNS : EMPLOYEE_COLUMNS);
				if (problem != null) {
					cases.add(problem);
					return cases;
				}
				continue;
			}
			CaseRow row = new CaseRow(file, i + 1, header, cells);
			cases.add(curve ? CurveCase.read(row) : EmployeeCase.read(row));
		}
		return cases;
	}

	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.split(SEPARATOR, -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	private static MalformedCase checkHeader(PolicyFile file, int line, List<String> header, List<String> known) {
		List<CaseFailure> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < header.size(); i++) {
			String column = header.get(i);
			if (!known.contains(column)) {
				problems.add(new CaseFailure(file.path(), line, "(kepala tabel)",
						"kolom " + (i + 1) + ": salah satu dari " + String.join(", ", known),
						"kolom '" + column + "' tidak dikenal", List.of()));
			}
			else if (!seen.add(column)) {
				problems.add(new CaseFailure(file.path(), line, "(kepala tabel)", "kolom " + (i + 1) + ": nama kolom unik",
						"kolom '" + column + "' muncul dua kali", List.of()));
			}
		}
		if (!header.contains("kasus")) {
			problems.add(new CaseFailure(file.path(), line, "(kepala tabel)", "kolom 'kasus'", "tidak ada", List.of()));
		}
		return problems.isEmpty() ? null : new MalformedCase(file.path(), line, "(kepala tabel)", problems);
	}

}
