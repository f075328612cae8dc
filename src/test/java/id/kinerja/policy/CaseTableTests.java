package id.kinerja.policy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseTableTests {

	private static final CompiledPolicy NATIONAL = new PolicyCompiler(EngineSettings.DEFAULTS).compile(null,
			new PolicySources(Path.of(".")).read(null));

	private static List<CaseFailure> run(String content) {
		return PolicyCases.run(NATIONAL, List.of(new PolicyFile("rules/uji.cases.csv", Layer.NATIONAL, null, content)));
	}

	@Test
	void unknownEnumNamesLineAndColumn() {
		List<CaseFailure> failures = run("""
				# komentar
				kasus; jabatan; harapan_predikat
				baik; PELAKSANA; BAIK_SEKALI
				""");
		assertThat(failures).singleElement().satisfies(f -> {
			assertThat(f.file()).isEqualTo("rules/uji.cases.csv");
			assertThat(f.line()).isEqualTo(3);
			assertThat(f.caseName()).isEqualTo("baik");
			assertThat(f.expected()).startsWith("kolom 3 'harapan_predikat'").contains("SANGAT_BAIK");
			assertThat(f.actual()).isEqualTo("'BAIK_SEKALI'");
		});
	}

	@Test
	void badNumberNamesLineAndColumn() {
		List<CaseFailure> failures = run("""
				kasus; jp; indikator
				angka; dua puluh; A:100:100:100:naik
				indikator; 20; A:100:seratus:100:naik
				""");
		assertThat(failures).hasSize(2);
		assertThat(failures.get(0).line()).isEqualTo(2);
		assertThat(failures.get(0).expected()).startsWith("kolom 2 'jp'");
		assertThat(failures.get(1).line()).isEqualTo(3);
		assertThat(failures.get(1).expected()).startsWith("kolom 3 'indikator'");
		assertThat(failures.get(1).actual()).contains("seratus");
	}

	@Test
	void unknownColumnFailsAtTheHeader() {
		List<CaseFailure> failures = run("""
				kasus; harapan_bonus
				a; 1
				""");
		assertThat(failures).singleElement().satisfies(f -> {
			assertThat(f.line()).isEqualTo(1);
			assertThat(f.expected()).startsWith("kolom 2");
			assertThat(f.actual()).contains("harapan_bonus");
		});
	}

	@Test
	void mismatchReportsExpectedActualAndFiredRules() {
		List<CaseFailure> failures = run("""
				kasus; indikator; perilaku; harapan_predikat; harapan_penghargaan
				salah; A:100:100:100:naik; SUPERVISOR=4; SANGAT_BAIK; -
				""");
		assertThat(failures).singleElement().satisfies(f -> {
			assertThat(f.expected()).isEqualTo("harapan_predikat = SANGAT_BAIK");
			assertThat(f.actual()).isEqualTo("BAIK");
			assertThat(f.firedRules()).contains("Predikat: hasil kerja Sesuai, perilaku Sesuai -> Baik");
		});
	}

	@Test
	void curveTableIsRecognisedByItsHeader() {
		List<CaseFailure> failures = run("""
				kasus; predikat_organisasi; sangat_baik; baik; butuh_perbaikan; kurang; sangat_kurang; harapan_pelanggaran
				istimewa; ISTIMEWA; 8; 2; 0; 0; 0; -
				""");
		assertThat(failures).singleElement()
			.satisfies(f -> assertThat(f.actual()).isEqualTo("Kurva: unit Istimewa, Sangat Baik paling banyak"));
	}

}
