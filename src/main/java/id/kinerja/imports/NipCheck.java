package id.kinerja.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Why a NIP's structure is invalid, as a text code: birth date YYYYMMDD, first appointment YYYYMM (not
 * before the 18th birthday year, not in the future), gender 1 or 2, sequence 001-999. Null when it is valid.
 */
final class NipCheck {

	private NipCheck() {
	}

	static String problem(String nip, YearMonth now) {
		if (!nip.matches("\\d{18}")) {
			return "nipDigits";
		}
		LocalDate birth;
		try {
			birth = LocalDate.of(part(nip, 0, 4), part(nip, 4, 6), part(nip, 6, 8));
		}
		catch (DateTimeException ex) {
			return "nipBirth";
		}
		int month = part(nip, 12, 14);
		if (month < 1 || month > 12) {
			return "nipAppointmentMonth";
		}
		YearMonth appointment = YearMonth.of(part(nip, 8, 12), month);
		if (appointment.getYear() < birth.getYear() + 18 || appointment.isAfter(now)) {
			return "nipAppointment";
		}
		if (nip.charAt(14) != '1' && nip.charAt(14) != '2') {
			return "nipGender";
		}
		return part(nip, 15, 18) == 0 ? "nipSequence" : null;
	}

	private static int part(String nip, int from, int to) {
		return Integer.parseInt(nip, from, to, 10);
	}

}
