package id.kinerja.whatif;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.system.SafeCells;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A what-if's changed employees as CSV or XLSX (the XLSX also holds the migration matrix), read page by
 * page from the store so a large what-if is never held whole.
 */
final class WhatIfExport {

	static final List<String> HEADER = List.of("nip", "nama", "opd", "predikat_sebelum", "predikat_sesudah",
			"skor_sebelum", "skor_sesudah", "hasil_kerja_sebelum", "hasil_kerja_sesudah", "perilaku_sebelum",
			"perilaku_sesudah", "penghargaan_sebelum", "penghargaan_sesudah", "pelatihan_sebelum", "pelatihan_sesudah",
			"aturan_hanya_sebelum", "aturan_hanya_sesudah");

	private static final int PAGE = 1000;

	private WhatIfExport() {
	}

	interface Pages {

		List<EmployeeChange> page(int page, int size);

	}

	static void csv(Pages pages, OutputStream out) {
		try {
			CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
					CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
			forEach(pages, change -> printer.printRecord(SafeCells.safe(cells(change))));
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void xlsx(WhatIfOutcome outcome, Pages pages, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet changed = workbook.createSheet("Pegawai berubah");
			write(changed.createRow(0), HEADER);
			int[] row = { 1 };
			forEach(pages, change -> write(changed.createRow(row[0]++), cells(change)));
			Sheet migration = workbook.createSheet("Migrasi predikat");
			write(migration.createRow(0), List.of("dari", "ke", "jumlah"));
			int line = 1;
			for (WhatIfOutcome.Migration move : outcome.summary().migration()) {
				Row r = migration.createRow(line++);
				r.createCell(0).setCellValue(String.valueOf(move.from()));
				r.createCell(1).setCellValue(String.valueOf(move.to()));
				r.createCell(2).setCellValue(move.count());
			}
			workbook.write(out);
			workbook.dispose();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface RowWriter {

		void write(EmployeeChange change) throws IOException;

	}

	private static void forEach(Pages pages, RowWriter writer) throws IOException {
		for (int page = 0;; page++) {
			List<EmployeeChange> changes = pages.page(page, PAGE);
			for (EmployeeChange change : changes) {
				writer.write(change);
			}
			if (changes.size() < PAGE) {
				return;
			}
		}
	}

	private static void write(Row row, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			row.createCell(i).setCellValue(cells.get(i));
		}
	}

	static List<String> cells(EmployeeChange change) {
		Snapshot before = change.before();
		Snapshot after = change.after();
		List<String> cells = new ArrayList<>();
		cells.add(change.nip());
		cells.add(change.name());
		cells.add(change.agency());
		cells.add(text(before.predikat()));
		cells.add(text(after.predikat()));
		cells.add(text(before.score()));
		cells.add(text(after.score()));
		cells.add(text(before.workResultRating()));
		cells.add(text(after.workResultRating()));
		cells.add(text(before.behaviourRating()));
		cells.add(text(after.behaviourRating()));
		cells.add(String.join(" ", before.awards()));
		cells.add(String.join(" ", after.awards()));
		cells.add(String.join(" ", before.trainings()));
		cells.add(String.join(" ", after.trainings()));
		cells.add(String.join(" | ", change.rulesOnlyBefore()));
		cells.add(String.join(" | ", change.rulesOnlyAfter()));
		return cells;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

}
