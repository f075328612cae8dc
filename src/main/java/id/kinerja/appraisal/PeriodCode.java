package id.kinerja.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A period code: {@code 2025} (annual), {@code 2025-Q1} (quarterly) or {@code 2025-03} (monthly). */
public record PeriodCode(String code, PeriodKind kind, int year, LocalDate start, LocalDate end) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

	public static PeriodCode parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new IllegalArgumentException("Period code must be YYYY, YYYY-Qn (n 1-4) or YYYY-MM (MM 01-12), got '"
					+ text + "'");
		}
		int year = Integer.parseInt(m.group(1));
		if (year < 1900) {
			throw new IllegalArgumentException("Period year in '" + text + "' is before 1900");
		}
		if (m.group(2) != null) {
			YearMonth first = YearMonth.of(year, Integer.parseInt(m.group(2)) * 3 - 2);
			return new PeriodCode(text, PeriodKind.QUARTERLY, year, first.atDay(1), first.plusMonths(2).atEndOfMonth());
		}
		if (m.group(3) != null) {
			YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(3)));
			return new PeriodCode(text, PeriodKind.MONTHLY, year, month.atDay(1), month.atEndOfMonth());
		}
		return new PeriodCode(text, PeriodKind.ANNUAL, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Length of the period as a fraction of a year: scales count targets such as patients served. */
	public double fractionOfYear() {
		return months() / 12.0;
	}

	/** Months the period covers: a periodic angka kredit is this many twelfths of the annual one. */
	public int months() {
		return switch (kind) {
			case ANNUAL -> 12;
			case QUARTERLY -> 3;
			case MONTHLY -> 1;
		};
	}

	@Override
	public String toString() {
		return code;
	}

}
