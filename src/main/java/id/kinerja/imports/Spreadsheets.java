package id.kinerja.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.kinerja.system.SafeCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Files written for people who open them in Excel in Bahasa Indonesia: CSV separated by {@code ;} with a
 * byte order mark (so it opens in columns, in UTF-8), decimal commas, NIPs as text; XLSX with every cell
 * text (a NIP never becomes 1.97E+17, nothing is ever a formula). A CSV cell that would start with = + - @
 * gets a leading apostrophe, as OWASP advises against formula injection; imports drop it again.
 */
final class Spreadsheets {

	static final String CSV_TYPE = "text/csv;charset=UTF-8";

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Spreadsheets() {
	}

	/** Writes rows one at a time, as CSV or XLSX. */
	interface Rows extends AutoCloseable {

		void row(List<String> cells);

		@Override
		void close();

	}

	static Rows csv(OutputStream out) {
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter printer = CSVFormat.RFC4180.builder().setDelimiter(';').get().print(writer);
			return new Rows() {

				@Override
				public void row(List<String> cells) {
					try {
						printer.printRecord(SafeCells.safe(cells));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

				@Override
				public void close() {
					try {
						printer.flush();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Rows xlsx(OutputStream out, String sheetName) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		SXSSFSheet sheet = workbook.createSheet(sheetName);
		CellStyle text = workbook.createCellStyle();
		text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		return new Rows() {

			private int next;

			@Override
			public void row(List<String> cells) {
				Row row = sheet.createRow(next++);
				for (int c = 0; c < cells.size(); c++) {
					org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
					cell.setCellStyle(text);
					cell.setCellValue(cells.get(c) == null ? "" : cells.get(c));
				}
			}

			@Override
			public void close() {
				try (workbook) {
					workbook.write(out);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

		};
	}

	/** A decimal as Excel in Bahasa Indonesia reads it: 86,5. */
	static String decimal(java.math.BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
