package id.kinerja.appraisal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodCodeTests {

	@Test
	void annual() {
		PeriodCode code = PeriodCode.parse("2025");
		assertThat(code.kind()).isEqualTo(PeriodKind.ANNUAL);
		assertThat(code.year()).isEqualTo(2025);
		assertThat(code.start()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(code.end()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void quarterly() {
		PeriodCode code = PeriodCode.parse("2025-Q1");
		assertThat(code.kind()).isEqualTo(PeriodKind.QUARTERLY);
		assertThat(code.start()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(code.end()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(PeriodCode.parse("2025-Q4").start()).isEqualTo(LocalDate.of(2025, 10, 1));
	}

	@Test
	void monthly() {
		PeriodCode code = PeriodCode.parse("2024-02");
		assertThat(code.kind()).isEqualTo(PeriodKind.MONTHLY);
		assertThat(code.year()).isEqualTo(2024);
		assertThat(code.end()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "25", "2025-Q5", "2025-Q0", "2025-13", "2025-00", "2025-3", "2025-q1", "2025/03",
			" 2025", "2025-Q1-01", "0999" })
	void rejectsOtherShapes(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PeriodCode.parse(text))
			.withMessageContaining(text.isEmpty() ? "Period" : text.strip());
	}

}
