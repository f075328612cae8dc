package id.kinerja.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.system.SafeCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A run's results as CSV or XLSX, read page by page so a whole region is never held at once. */
final class ResultExport {

	static final List<String> HEADER = List.of("nip", "nama", "opd", "hasil_kerja", "perilaku", "predikat", "skor",
			"skor_hasil_kerja", "indeks_perilaku", "angka_kredit", "kekurangan_jp", "penghargaan", "pelatihan");

	private static final int PAGE = 1000;

	private ResultExport() {
	}

	interface Pages {

		List<EmployeeResult> page(int page, int size);

	}

	interface RowWriter {

		void write(List<Object> cells) throws IOException;

	}

	static void csv(Pages pages, OutputStream out) {
		try {
			CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
					CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
			each(pages, cells -> printer.printRecord(SafeCells.safe(cells)));
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void xlsx(Pages pages, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("Hasil evaluasi");
			int[] row = { 0 };
			put(sheet.createRow(row[0]++), List.copyOf(HEADER));
			each(pages, cells -> put(sheet.createRow(row[0]++), cells));
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void each(Pages pages, RowWriter writer) throws IOException {
		for (int page = 0;; page++) {
			List<EmployeeResult> results = pages.page(page, PAGE);
			for (EmployeeResult result : results) {
				writer.write(cells(result));
			}
			if (results.size() < PAGE) {
				return;
			}
		}
	}

	/** Numbers stay numbers in the spreadsheet; everything else is text. */
	private static void put(Row row, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			Object cell = cells.get(i);
			if (cell instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else {
				row.createCell(i).setCellValue(cell == null ? "" : cell.toString());
			}
		}
	}

	private static List<Object> cells(EmployeeResult r) {
		return java.util.Arrays.asList(r.nip(), r.name(), r.agency(), r.workResultRating(), r.behaviourRating(),
				r.predikat(), r.score(), r.workScore(), r.behaviourIndex(), r.angkaKredit(), r.developmentGap(),
				r.awards().stream().map(AwardOutcome::code).collect(Collectors.joining(" ")),
				r.trainings().stream().map(TrainingOutcome::code).collect(Collectors.joining(" ")));
	}

}
