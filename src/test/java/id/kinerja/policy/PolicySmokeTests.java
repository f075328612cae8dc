package id.kinerja.policy;

import java.nio.file.Path;
import java.util.List;

import id.kinerja.policy.fact.*;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicySmokeTests {

	@Test
	void nationalBaselineEvaluatesAnEmployee() {
		PolicyCompiler compiler = new PolicyCompiler(EngineSettings.DEFAULTS);
		CompiledPolicy policy = compiler.compile(null, new PolicySources(Path.of(".")).read(null));
		Employee e = new Employee("197303141997022002", "Siti", "dinkes", Position.FUNGSIONAL, FunctionalLevel.AHLI_MUDA,
				"Perawat", "III/c", EmploymentType.PNS, false, OrganisationRating.BAIK, 20, false, null, null, 86.0, 12,
				List.of(new Indicator("WAKTU_TUNGGU", 60, 30, 24, false), new Indicator("PASIEN", 40, 100, 130, true)),
				List.of(new BehaviourScore(CoreValue.KOMPETEN, Assessor.SUPERVISOR, 4)));
		List<EmployeeOutcome> out = policy.evaluate("dinkes", List.of(e));
		System.out.println(out);
		assertThat(out.get(0).predikat()).isEqualTo(Predikat.BAIK);
	}

}
