package id.kinerja.policy;

import java.nio.file.Path;
import java.util.List;

import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.Position;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A training's name and reason are read by people: the BerAKHLAK value in words, never its code. */
class TrainingWordsTests {

	private static final CompiledPolicy NATIONAL = new PolicyCompiler(EngineSettings.DEFAULTS).compile(null,
			new PolicySources(Path.of(".")).read(null));

	@Test
	void aLowScoreOnAValueNamesTheValueInWords() {
		Employee employee = new Employee("197303141997022002", "Siti", null, Position.PELAKSANA, null, "Analis",
				"III/a", EmploymentType.PNS, false, null, 9, false, null, null, null, 20, List.of(),
				List.of(new BehaviourScore(CoreValue.BERORIENTASI_PELAYANAN, Assessor.SUPERVISOR, 2.5)));

		TrainingOutcome training = NATIONAL.evaluate(null, List.of(employee)).get(0).trainings().get(0);

		assertThat(training.code()).isEqualTo("BERAKHLAK_BERORIENTASI_PELAYANAN");
		assertThat(training.name()).isEqualTo("Penguatan nilai BerAKHLAK Berorientasi Pelayanan");
		assertThat(training.reason()).isEqualTo("Skor atasan untuk nilai Berorientasi Pelayanan adalah 2.5, di bawah 3.0");
	}

}
