package id.kinerja.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as offices save it: separated by {@code ;} (Excel in Bahasa Indonesia) or {@code ,}, whichever
 * the header line uses more, UTF-8 with or without a byte order mark. Any other encoding is refused at the
 * first byte that is not UTF-8, instead of importing mangled names.
 */
final class CsvSheet implements Sheet {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final int maxColumns;

	private int row;

	CsvSheet(Path file, int maxColumns) {
		this.maxColumns = maxColumns;
		try {
			char delimiter = delimiter(file);
			CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			Reader reader = new InputStreamReader(withoutBom(Files.newInputStream(file)), utf8);
			parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get().parse(reader);
			records = parser.iterator();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<Cell> next() {
		try {
			while (records.hasNext()) {
				CSVRecord record = records.next();
				row = Math.toIntExact(record.getRecordNumber());
				List<Cell> cells = cells(record);
				if (cells.stream().anyMatch(cell -> !cell.blank())) {
					return cells;
				}
			}
			return null;
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new UnreadableFile("notUtf8");
			}
			// commons-csv reports a stray quote as an IOException: the file is not well-formed CSV
			throw new UnreadableFile("csvBroken", row + 1);
		}
	}

	private List<Cell> cells(CSVRecord record) {
		if (record.size() > maxColumns) {
			throw new UnreadableFile("tooManyColumns", record.size(), maxColumns);
		}
		List<Cell> cells = new ArrayList<>(record.size());
		for (int c = 0; c < record.size(); c++) {
			cells.add(Cell.text(record.get(c), c, row));
		}
		return cells;
	}

	@Override
	public int rowNumber() {
		return row;
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code ;} or {@code ,}: whichever the first line holds more of outside quotes. */
	static char delimiter(Path file) throws IOException {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		try (InputStream in = withoutBom(Files.newInputStream(file))) {
			for (int b = in.read(); b != -1 && (quoted || (b != '\n' && b != '\r')); b = in.read()) {
				quoted ^= b == '"';
				semicolons += !quoted && b == ';' ? 1 : 0;
				commas += !quoted && b == ',' ? 1 : 0;
			}
		}
		return semicolons >= commas && semicolons > 0 ? ';' : ',';
	}

	/** Skips a UTF-8 byte order mark; a UTF-16 one is refused as the wrong encoding. */
	private static InputStream withoutBom(InputStream raw) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw);
		in.mark(3);
		int a = in.read();
		int b = in.read();
		int c = in.read();
		if ((a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE)) {
			in.close();
			throw new UnreadableFile("notUtf8");
		}
		if (!(a == 0xEF && b == 0xBB && c == 0xBF)) {
			in.reset();
		}
		return in;
	}

}
