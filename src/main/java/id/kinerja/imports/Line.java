package id.kinerja.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A data row by canonical column, with readers that parse a cell as offices write it and note what is
 * wrong instead of throwing: a row with any error is reported whole and never written.
 */
final class Line {

	private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE][+-]?\\d+");

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d-M-uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final int number;

	private final Header header;

	private final List<Cell> cells;

	private final List<RowError> errors;

	private final int errorsBefore;

	Line(int number, Header header, List<Cell> cells, List<RowError> errors) {
		this.number = number;
		this.header = header;
		this.cells = cells;
		this.errors = errors;
		this.errorsBefore = errors.size();
	}

	private Cell cell(String column) {
		return header.cell(cells, column);
	}

	int number() {
		return number;
	}

	/** True while nothing on this row was found wrong. */
	boolean ok() {
		return errors.size() == errorsBefore;
	}

	/** Whether the file has this column at all (blank or not). */
	boolean given(String column) {
		return header.has(column);
	}

	boolean has(String column) {
		Cell cell = cell(column);
		return cell != null && !cell.blank();
	}

	/** The cell's text, stripped, without the leading apostrophe SIASN exports put before NIPs; null when blank. */
	String text(String column) {
		Cell cell = cell(column);
		if (cell != null && cell.formula()) {
			error(column, cell.text(), "formula", cell.reference());
		}
		if (cell == null || cell.blank()) {
			return null;
		}
		String text = cell.text().strip();
		return text.startsWith("'") ? text.substring(1).strip() : text;
	}

	String required(String column) {
		String text = text(column);
		if (text == null && !(cell(column) != null && cell(column).formula())) {
			error(column, null, "required");
		}
		return text;
	}

	/** Text of at most {@code max} characters. */
	String text(String column, int max, boolean required) {
		String text = required ? required(column) : text(column);
		if (text != null && text.length() > max) {
			error(column, text, "tooLong", max);
			return null;
		}
		return text;
	}

	/**
	 * A NIP as text; one a spreadsheet turned into a number is refused naming its cell. The region's stored
	 * NIPs were checked when they came in, so they are taken as they are (the same instance, held once).
	 */
	String nip(String column, boolean required, ImportContext context) {
		String text = required ? required(column) : text(column);
		if (text == null) {
			return null;
		}
		ImportContext.EmployeeRef known = context.employees.get(text);
		if (known != null) {
			return known.nip();
		}
		YearMonth now = context.now;
		Cell cell = cell(column);
		if (cell.number() || SCIENTIFIC.matcher(text).matches()) {
			error(column, text, "nipAsNumber", cell.reference());
			return null;
		}
		String nip = text.replace(" ", "");
		String problem = NipCheck.problem(nip, now);
		if (problem != null) {
			error(column, text, problem);
			return null;
		}
		return nip;
	}

	/** A decimal with a comma ({@code 86,5}) or a point; with both, the last one is the decimal separator. */
	BigDecimal decimal(String column, boolean required) {
		String text = required ? required(column) : text(column);
		if (text == null) {
			return null;
		}
		String plain = text.replace(" ", "");
		int comma = plain.lastIndexOf(',');
		int point = plain.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			plain = comma > point ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
		}
		else {
			plain = plain.replace(',', '.');
		}
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			error(column, text, "notNumber");
			return null;
		}
	}

	/** A number within [min, max]. */
	BigDecimal decimal(String column, boolean required, BigDecimal min, BigDecimal max) {
		BigDecimal value = decimal(column, required);
		if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
			error(column, text(column), "outOfRange", min.toPlainString(), max.toPlainString());
			return null;
		}
		return value;
	}

	/** A date as dd-mm-yyyy, dd/mm/yyyy or ISO yyyy-mm-dd (spreadsheet dates arrive as ISO). */
	LocalDate date(String column) {
		String text = text(column);
		if (text == null) {
			return null;
		}
		String dashed = text.replace('/', '-').replace('.', '-');
		try {
			return dashed.matches("\\d{4}-\\d{1,2}-\\d{1,2}.*")
					? LocalDate.parse(dashed.substring(0, 10).strip(), DateTimeFormatter.ISO_LOCAL_DATE)
					: LocalDate.parse(dashed, DAY_FIRST);
		}
		catch (DateTimeParseException | StringIndexOutOfBoundsException ex) {
			error(column, text, "notDate");
			return null;
		}
	}

	<T> T choice(String column, Choices<T> choices, boolean required) {
		String text = required ? required(column) : text(column);
		if (text == null) {
			return null;
		}
		if (!choices.knows(text)) {
			error(column, text, "unknownValue", choices.listed());
		}
		return choices.find(text);
	}

	void error(String column, String value, String code, Object... args) {
		errors.add(new RowError(number, column, value, code, args));
	}

	/** An error about the column's own value, as read. */
	void reject(String column, String code, Object... args) {
		Cell cell = cell(column);
		error(column, cell == null ? null : cell.text(), code, args);
	}

}
