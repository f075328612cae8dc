package id.kinerja.staff;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * Nomor Induk Pegawai: birth date YYYYMMDD, first appointment YYYYMM, gender 1|2, sequence 001-999.
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointment, Gender gender, int sequence) {

	/** Nobody is appointed before turning 18 (in the calendar year of the 18th birthday at the earliest). */
	static final int MINIMUM_APPOINTMENT_AGE = 18;

	public enum Gender {
		MALE, FEMALE
	}

	public Nip {
		if (value == null || !value.equals(format(birthDate, appointment, gender, sequence))) {
			throw new IllegalArgumentException("NIP parts do not match " + value);
		}
	}

	public static Nip parse(String text) {
		return parse(text, YearMonth.now());
	}

	/** Parses against a given "now", so appointments in the future are rejected reproducibly. */
	public static Nip parse(String text, YearMonth now) {
		String value = text == null ? "" : text.strip();
		if (!value.matches("\\d{18}")) {
			throw new IllegalArgumentException("NIP must be exactly 18 digits, got '" + text + "'");
		}
		LocalDate birth = birthDate(value);
		YearMonth appointment = appointment(value, birth, now);
		return new Nip(value, birth, appointment, gender(value), sequence(value));
	}

	public static String format(LocalDate birthDate, YearMonth appointment, Gender gender, int sequence) {
		// hand-rolled rather than String.format: bulk generation formats millions of these
		char[] digits = new char[18];
		put(digits, 0, birthDate.getYear(), 4);
		put(digits, 4, birthDate.getMonthValue(), 2);
		put(digits, 6, birthDate.getDayOfMonth(), 2);
		put(digits, 8, appointment.getYear(), 4);
		put(digits, 12, appointment.getMonthValue(), 2);
		put(digits, 14, gender == Gender.MALE ? 1 : 2, 1);
		put(digits, 15, sequence, 3);
		return new String(digits);
	}

	private static void put(char[] digits, int at, int value, int width) {
		if (value < 0 || String.valueOf(value).length() > width) {
			throw new IllegalArgumentException("NIP part " + value + " does not fit in " + width + " digits");
		}
		for (int i = at + width - 1; i >= at; i--, value /= 10) {
			digits[i] = (char) ('0' + value % 10);
		}
	}

	/** Whole years since the first appointment (TMT), 0 before it. */
	public int yearsOfServiceAt(LocalDate date) {
		LocalDate start = appointment.atDay(1);
		return date.isBefore(start) ? 0 : Period.between(start, date).getYears();
	}

	@Override
	public String toString() {
		return value;
	}

	private static LocalDate birthDate(String value) {
		try {
			return LocalDate.of(digits(value, 0, 4), digits(value, 4, 6), digits(value, 6, 8));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("NIP " + value + ": '" + value.substring(0, 8)
					+ "' (digits 1-8) is not a real birth date YYYYMMDD");
		}
	}

	private static YearMonth appointment(String value, LocalDate birth, YearMonth now) {
		int year = digits(value, 8, 12);
		int month = digits(value, 12, 14);
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("NIP " + value + ": appointment month '" + value.substring(12, 14)
					+ "' (digits 13-14) is not a month 01-12");
		}
		YearMonth appointment = YearMonth.of(year, month);
		if (year < birth.getYear() + MINIMUM_APPOINTMENT_AGE) {
			throw new IllegalArgumentException("NIP " + value + ": appointed in " + appointment
					+ ", before the 18th birthday year " + (birth.getYear() + MINIMUM_APPOINTMENT_AGE));
		}
		if (appointment.isAfter(now)) {
			throw new IllegalArgumentException("NIP " + value + ": appointment " + appointment + " is in the future");
		}
		return appointment;
	}

	private static Gender gender(String value) {
		return switch (value.charAt(14)) {
			case '1' -> Gender.MALE;
			case '2' -> Gender.FEMALE;
			default -> throw new IllegalArgumentException(
					"NIP " + value + ": gender digit (15th) must be 1 (male) or 2 (female), got " + value.charAt(14));
		};
	}

	private static int sequence(String value) {
		int sequence = digits(value, 15, 18);
		if (sequence == 0) {
			throw new IllegalArgumentException("NIP " + value + ": sequence (digits 16-18) must be 001-999, got 000");
		}
		return sequence;
	}

	private static int digits(String value, int from, int to) {
		return Integer.parseInt(value, from, to, 10);
	}

}
