package id.kinerja.imports;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The uploaded file again, every row as it came, with a last column that says what is wrong with it: the
 * office corrects the rows in that copy and uploads it again (the extra column is ignored then).
 */
final class ErrorCopy {

	private ErrorCopy() {
	}

	/** {@code messages} by row number (1 for the header's own problems). */
	static ImportFile write(UploadedFile file, Function<UploadedFile, Sheet> open, Map<Integer, String> messages,
			String column, boolean xlsx) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Sheet sheet = open.apply(file);
				Spreadsheets.Rows rows = xlsx ? Spreadsheets.xlsx(out, "Kesalahan") : Spreadsheets.csv(out)) {
			for (List<Cell> cells = sheet.next(); cells != null; cells = sheet.next()) {
				List<String> values = new ArrayList<>(cells.size() + 1);
				cells.forEach(cell -> values.add(cell.text()));
				String message = messages.getOrDefault(sheet.rowNumber(), "");
				values.add(sheet.rowNumber() > 1 ? message : message.isEmpty() ? column : column + ": " + message);
				rows.row(values);
			}
		}
		String base = file.name().replaceAll("\\.(csv|xlsx|CSV|XLSX)$", "");
		return new ImportFile(base + "-" + column + (xlsx ? ".xlsx" : ".csv"),
				xlsx ? Spreadsheets.XLSX_TYPE : Spreadsheets.CSV_TYPE, out.toByteArray());
	}

}
