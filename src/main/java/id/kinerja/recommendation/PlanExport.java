package id.kinerja.recommendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.recommendation.TrainingPlan.Row;
import id.kinerja.system.SafeCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A training plan as CSV (RFC 4180, one row per course with its participants' NIPs) and as XLSX (the same
 * rows on the first sheet without the NIPs, which may not fit in one cell, and one row per participant on
 * the second).
 */
final class PlanExport {

	static final List<String> COLUMNS = List.of("OPD", "Prioritas", "Kode kursus", "Nama kursus", "Kategori",
			"Kebutuhan", "JP per peserta", "Peserta", "Total JP");

	static final String NIPS = "NIP peserta";

	static final List<String> PARTICIPANT_COLUMNS = List.of("OPD", "Kode kursus", "Nama kursus", "Kebutuhan", "NIP");

	static final String PLAN_SHEET = "Rencana pelatihan";

	static final String PARTICIPANT_SHEET = "Peserta";

	private PlanExport() {
	}

	static byte[] csv(List<Row> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		String[] header = COLUMNS.toArray(new String[COLUMNS.size() + 1]);
		header[COLUMNS.size()] = NIPS;
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(writer)) {
			for (Row row : rows) {
				List<Object> values = new ArrayList<>(values(row));
				values.add(String.join(" ", row.nips()));
				csv.printRecord(SafeCells.safe(values));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] xlsx(List<Row> rows) {
		// streaming: only a window of rows is kept in memory, however many participants a city has
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Sheet plan = workbook.createSheet(PLAN_SHEET);
			header(plan, COLUMNS);
			int line = 1;
			for (Row row : rows) {
				cells(plan, line++, values(row));
			}
			Sheet participants = workbook.createSheet(PARTICIPANT_SHEET);
			header(participants, PARTICIPANT_COLUMNS);
			line = 1;
			for (Row row : rows) {
				for (String nip : row.nips()) {
					cells(participants, line++, List.of(row.agency(), text(row.course()), text(row.name()),
							String.join(" ", row.needs()), nip));
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	private static List<Object> values(Row row) {
		return List.of(row.agency(), row.priority() == null ? "" : row.priority(), text(row.course()),
				text(row.name()), text(row.category()), String.join(" ", row.needs()), row.jp(), row.participants(),
				row.totalJp());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static void header(Sheet sheet, List<String> names) {
		cells(sheet, 0, List.copyOf(names));
	}

	/** Numbers as numeric cells, everything else (NIPs included: 18 digits) as text. */
	private static void cells(Sheet sheet, int line, List<?> values) {
		org.apache.poi.ss.usermodel.Row row = sheet.createRow(line);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else {
				row.createCell(i).setCellValue(String.valueOf(value));
			}
		}
	}

}
