package id.kinerja.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.Position;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Awards are decided in the annual evaluation, or in every period where the region's parameter says so. */
class AwardRoundTests {

	private static final CompiledPolicy MAKASSAR = new PolicyCompiler(EngineSettings.DEFAULTS).compile("makassar",
			new PolicySources(Path.of(".")).read("makassar"));

	@Test
	void anExemplaryEmployeeOfAQuarterIsAwardedOnlyWhereTheRegionDecidesAwardsEveryPeriod() {
		assertThat(awards(MAKASSAR, 12)).containsExactly("PEGAWAI_TELADAN");
		assertThat(awards(MAKASSAR, 3)).isEmpty();
		assertThat(awards(MAKASSAR.withOverrides(Map.of("penghargaan.setiap-periode", 1.0)), 3))
			.containsExactly("PEGAWAI_TELADAN");
	}

	private static List<String> awards(CompiledPolicy policy, int months) {
		List<BehaviourScore> fives = List.of(CoreValue.values())
			.stream()
			.flatMap(v -> List.of(Assessor.SUPERVISOR, Assessor.PEER, Assessor.SELF).stream()
				.map(a -> new BehaviourScore(v, a, 5)))
			.toList();
		Employee employee = new Employee("197303141997022002", "Siti", null, Position.PELAKSANA, null, "Analis",
				"III/a", EmploymentType.PNS, false, null, 9, false, null, null, null, 20, months,
				List.of(new Indicator("A", 100, 100, 115, true)), fives);
		return policy.evaluate(null, List.of(employee)).get(0).awards().stream().map(AwardOutcome::code).toList();
	}

}
