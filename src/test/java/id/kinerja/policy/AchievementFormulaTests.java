package id.kinerja.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.Position;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A region may count lower-is-better indicators with PermenPANRB 8/2021's formula instead of the default. */
class AchievementFormulaTests {

	private static final CompiledPolicy NATIONAL = new PolicyCompiler(EngineSettings.DEFAULTS).compile(null,
			new PolicySources(Path.of(".")).read(null));

	private static final CompiledPolicy FORMULA_8_2021 = NATIONAL
		.withOverrides(Map.of("capaian.rumus-8-2021", 1.0));

	@Test
	void waitingTimeOverItsTargetByDefaultAndBy82021() {
		assertThat(workScore(NATIONAL, 30, 40)).isEqualTo(75.0);
		assertThat(workScore(FORMULA_8_2021, 30, 40)).isEqualTo(66.67);
	}

	@Test
	void waitingTimeUnderItsTargetByDefaultAndBy82021() {
		assertThat(workScore(NATIONAL, 30, 27)).isEqualTo(111.11);
		assertThat(workScore(FORMULA_8_2021, 30, 27)).isEqualTo(110.0);
		// BKN's example of a "kondisi khusus": 6.5 months against 7 is 107%
		assertThat(workScore(FORMULA_8_2021, 7, 6.5)).isEqualTo(107.14);
	}

	@Test
	void theFormulaNeverGoesBelowZero() {
		assertThat(workScore(FORMULA_8_2021, 30, 90)).isEqualTo(0.0);
	}

	@Test
	void everyNationalParameterStatesItsSource() {
		assertThat(NATIONAL.parameters(null).values()).allSatisfy(p -> {
			assertThat(p.source()).as(p.name()).isNotNull();
			assertThat(p.basis()).as(p.name()).isNotBlank();
		});
		assertThat(NATIONAL.parameters(null).get("pengembangan.jp-minimal").source())
			.isEqualTo(ParameterSource.REGULATION);
		assertThat(NATIONAL.parameters(null).get("hasil-kerja.di-atas.minimal").source())
			.isEqualTo(ParameterSource.DEFAULT);
	}

	private static double workScore(CompiledPolicy policy, double target, double realisation) {
		Employee employee = new Employee("197303141997022002", "Siti", null, Position.PELAKSANA, null, "Analis",
				"III/a", EmploymentType.PNS, false, null, 9, false, null, null, null, 20,
				List.of(new Indicator("WAKTU_TUNGGU", 100, target, realisation, false)), List.of());
		return policy.evaluate(null, List.of(employee)).get(0).workScore();
	}

}
