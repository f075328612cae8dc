package id.kinerja.staff;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NipTests {

	private static final YearMonth NOW = YearMonth.of(2025, 12);

	@Test
	void parsesParts() {
		Nip nip = Nip.parse("197303141997022002", NOW);
		assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1973, 3, 14));
		assertThat(nip.appointment()).isEqualTo(YearMonth.of(1997, 2));
		assertThat(nip.gender()).isEqualTo(Nip.Gender.FEMALE);
		assertThat(nip.sequence()).isEqualTo(2);
		assertThat(nip).hasToString("197303141997022002");
	}

	@Test
	void countsWholeYearsOfService() {
		Nip nip = Nip.parse("197303141997022002", NOW);
		assertThat(nip.yearsOfServiceAt(LocalDate.of(2025, 12, 31))).isEqualTo(28);
		assertThat(nip.yearsOfServiceAt(LocalDate.of(2007, 1, 31))).isEqualTo(9);
		assertThat(nip.yearsOfServiceAt(LocalDate.of(2007, 2, 1))).isEqualTo(10);
		assertThat(nip.yearsOfServiceAt(LocalDate.of(1990, 1, 1))).isZero();
	}

	@Test
	void formatsWhatItParses() {
		Nip nip = Nip.parse("198805122010011003", NOW);
		assertThat(Nip.format(nip.birthDate(), nip.appointment(), nip.gender(), nip.sequence()))
			.isEqualTo("198805122010011003");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			19730314199702200      | exactly 18 digits
			19730314199702200A     | exactly 18 digits
			197302301997022002     | not a real birth date
			197303141997132002     | not a month
			197303141997002002     | not a month
			197303141990022002     | before the 18th birthday year
			197303142026022002     | in the future
			197303141997023002     | gender digit
			197303141997022000     | sequence
			""")
	void rejectsWithAReason(String text, String reason) {
		assertThatIllegalArgumentException().isThrownBy(() -> Nip.parse(text, NOW)).withMessageContaining(reason);
	}

	@Test
	void rejectsNull() {
		assertThatIllegalArgumentException().isThrownBy(() -> Nip.parse(null)).withMessageContaining("18 digits");
	}

}
