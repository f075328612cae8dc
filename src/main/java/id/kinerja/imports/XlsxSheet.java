package id.kinerja.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.OpenException;
import com.github.pjfanning.xlsx.exceptions.ReadException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The first sheet of an XLSX file read as a stream (excel-streaming-reader over POI's SAX reader): a few rows
 * in memory at a time. POI refuses an archive that unpacks to more than the limit or far more than it weighs
 * (a zip bomb) before anything is read; formulas are never evaluated, their cached value is read and flagged.
 */
final class XlsxSheet implements Sheet {

	private final Workbook workbook;

	private final Iterator<Row> rows;

	private final int maxColumns;

	private int row;

	XlsxSheet(Path file, int maxColumns) {
		this.maxColumns = maxColumns;
		try {
			workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(8192).open(file.toFile());
			rows = workbook.getSheetAt(0).rowIterator();
		}
		catch (OpenException | ReadException ex) {
			throw new UnreadableFile(ex.getMessage() != null && ex.getMessage().contains("Zip bomb") ? "xlsxTooLarge"
					: "xlsxBroken");
		}
		catch (RuntimeException ex) {
			throw new UnreadableFile(zipBomb(ex) ? "xlsxTooLarge" : "xlsxBroken");
		}
	}

	private static boolean zipBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null && (t.getMessage().contains("Zip bomb") || t.getMessage().contains("max size"))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public List<Cell> next() {
		try {
			while (rows.hasNext()) {
				Row next = rows.next();
				row = next.getRowNum() + 1;
				List<Cell> cells = cells(next);
				if (cells.stream().anyMatch(cell -> !cell.blank())) {
					return cells;
				}
			}
			return null;
		}
		catch (RuntimeException ex) {
			if (ex instanceof UnreadableFile unreadable) {
				throw unreadable;
			}
			throw new UnreadableFile(zipBomb(ex) ? "xlsxTooLarge" : "xlsxBroken");
		}
	}

	private List<Cell> cells(Row source) {
		int width = Math.max(source.getLastCellNum(), 0);
		if (width > maxColumns) {
			throw new UnreadableFile("tooManyColumns", width, maxColumns);
		}
		List<Cell> cells = new ArrayList<>(width);
		for (int c = 0; c < width; c++) {
			org.apache.poi.ss.usermodel.Cell cell = source.getCell(c);
			cells.add(cell == null ? Cell.text("", c, row) : cell(cell, c, row));
		}
		return cells;
	}

	private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, int column, int row) {
		boolean formula = cell.getCellType() == CellType.FORMULA;
		CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? new Cell(cell.getLocalDateTimeCellValue().toLocalDate().toString(), false, formula, column, row)
					: new Cell(plain(cell.getNumericCellValue()), true, formula, column, row);
			case STRING -> new Cell(cell.getStringCellValue(), false, formula, column, row);
			case BOOLEAN -> new Cell(String.valueOf(cell.getBooleanCellValue()), false, formula, column, row);
			case ERROR -> new Cell("#ERROR", false, true, column, row);
			default -> new Cell("", false, formula, column, row);
		};
	}

	/** A number as written, without exponent or trailing zeros; 1.97E17 stays a (wrong) number. */
	private static String plain(double value) {
		BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
		return Math.abs(value) >= 1e15 ? Double.toString(value) : number.toPlainString();
	}

	@Override
	public int rowNumber() {
		return row;
	}

	@Override
	public void close() {
		try {
			workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
