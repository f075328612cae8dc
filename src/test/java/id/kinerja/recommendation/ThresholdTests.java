package id.kinerja.recommendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.kinerja.policy.AwardRule;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.Policies;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Rating;
import id.kinerja.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Award and training recommendations on both sides of each threshold of the rule files: facts built for
 * the case, evaluated under the region's active policy as a run would, then read as a run's stored results.
 */
@ApiTest
class ThresholdTests {

	static final String MEETS = "199001012015011001";

	static final String MISSES = "199001012015011002";

	@Autowired
	Policies policies;

	static Stream<Arguments> awards() {
		return Stream.of(
				award("Makassar: pegawai teladan at 115", "makassar", "dishub", "PEGAWAI_TELADAN",
						"pegawai-teladan.capaian-minimal", facts -> facts.sangatBaik().workScore(115),
						facts -> facts.sangatBaik().workScore(114.9), 0.1),
				award("Makassar Dinkes: pegawai teladan at its own 110", "makassar", "dinkes", "PEGAWAI_TELADAN",
						"pegawai-teladan.capaian-minimal", facts -> facts.sangatBaik().workScore(110),
						facts -> facts.sangatBaik().workScore(109.9), 0.1),
				award("Makassar Dinkes: nakes teladan waiting time at 100%", "makassar", "dinkes",
						"TENAGA_KESEHATAN_TELADAN", "nakes-teladan.waktu-tunggu.maksimal",
						facts -> nurse(facts.baik(), "Dokter").indicator("PASIEN_DILAYANI", 100, 110)
							.indicator("WAKTU_TUNGGU", 30, 30),
						facts -> nurse(facts.baik(), "Dokter").indicator("PASIEN_DILAYANI", 100, 110)
							.indicator("WAKTU_TUNGGU", 30, 30.3), 1.0),
				award("Makassar DPU: project finished at 100%", "makassar", "dpu", "PENGHARGAAN_PEKERJAAN_UMUM",
						"proyek-cepat.selesai.capaian-minimal",
						facts -> facts.indicator("PROYEK_SELESAI", 10, 10).indicator("HARI_PENYELESAIAN_PROYEK", 100, 90),
						facts -> facts.indicator("PROYEK_SELESAI", 10, 9.9).indicator("HARI_PENYELESAIAN_PROYEK", 100, 90),
						1.0),
				award("Medan Dinkes: nakes teladan satisfaction at 85", "medan", "dinkes", "TENAGA_KESEHATAN_TELADAN",
						"nakes-teladan.kepuasan.minimal",
						facts -> nurse(facts.sangatBaik(), "Perawat").indicator("PASIEN_DILAYANI", 100, 105)
							.indicator("KEPUASAN_PASIEN", 80, 85),
						facts -> nurse(facts.sangatBaik(), "Perawat").indicator("PASIEN_DILAYANI", 100, 105)
							.indicator("KEPUASAN_PASIEN", 80, 84), 1.0),
				award("Medan Dinkes: nakes teladan patients at 105%", "medan", "dinkes", "TENAGA_KESEHATAN_TELADAN",
						"nakes-teladan.pasien.capaian-minimal",
						facts -> nurse(facts.sangatBaik(), "Bidan").indicator("PASIEN_DILAYANI", 100, 105)
							.indicator("KEPUASAN_PASIEN", 80, 90),
						facts -> nurse(facts.sangatBaik(), "Bidan").indicator("PASIEN_DILAYANI", 100, 104)
							.indicator("KEPUASAN_PASIEN", 80, 90), 1.0),
				award("Tanjungpinang: pelayanan prima at IKM 88.31", "tanjungpinang", "bappeda", "PELAYANAN_PRIMA",
						"ikm.a.minimal", facts -> facts.baik().citizenSatisfaction(88.31),
						facts -> facts.baik().citizenSatisfaction(88.3), 0.01),
				award("Tanjungpinang DPU: roads at 100%", "tanjungpinang", "dpu", "PENGHARGAAN_PEKERJAAN_UMUM",
						"pekerjaan-umum.capaian-minimal",
						facts -> facts.baik().indicator("JALAN_BAIK", 80, 80).indicator("PROYEK_SELESAI", 10, 12),
						facts -> facts.baik().indicator("JALAN_BAIK", 80, 79.2).indicator("PROYEK_SELESAI", 10, 12), 1.0),
				award("Tanjungpinang Dukcapil: documents within 80% of the target", "tanjungpinang", "disdukcapil",
						"LAYANAN_DOKUMEN_CEPAT", "dokumen-cepat.hari.maksimal",
						facts -> facts.baik().indicator("HARI_DOKUMEN", 10, 8),
						facts -> facts.baik().indicator("HARI_DOKUMEN", 10, 8.1), 1.0),
				award("Mamuju Dishub: no more accidents than the target", "mamuju", "dishub", "PENGHARGAAN_LALU_LINTAS",
						"lalu-lintas.kecelakaan.kelebihan-maksimal",
						facts -> facts.baik().indicator("KECELAKAAN", 5, 5).indicator("LAYANAN_ANGKUTAN", 20, 20),
						facts -> facts.baik().indicator("KECELAKAAN", 5, 6).indicator("LAYANAN_ANGKUTAN", 20, 20), 1.0),
				award("Mamuju Dishub: transport at 100%", "mamuju", "dishub", "PENGHARGAAN_LALU_LINTAS",
						"lalu-lintas.angkutan.capaian-minimal",
						facts -> facts.baik().indicator("KECELAKAAN", 5, 5).indicator("LAYANAN_ANGKUTAN", 20, 20),
						facts -> facts.baik().indicator("KECELAKAAN", 5, 5).indicator("LAYANAN_ANGKUTAN", 20, 19.9), 0.5));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("awards")
	void anAwardIsGivenAtItsThresholdAndJustBelowItIsANearMissNamingTheParameter(String title, String region,
			String agency, String award, String parameter, Facts meets, Facts misses, double shortBy) {
		CompiledPolicy policy = policies.active(region);
		List<Employee> employees = List.of(meets.apply(EmployeeFacts.of(MEETS, agency)).build(),
				misses.apply(EmployeeFacts.of(MISSES, agency)).build());
		Map<String, StoredResult> stored = evaluate(policy, agency, employees);

		assertThat(stored.get(MEETS).holds(award)).as("holds at the threshold").isTrue();
		assertThat(stored.get(MISSES).holds(award)).as("holds just below").isFalse();
		List<NearMiss> misses2 = nearMisses(policy, award, stored, agency, employees);
		assertThat(misses2).singleElement().satisfies(miss -> {
			assertThat(miss.nip()).isEqualTo(MISSES);
			assertThat(miss.parameter()).isEqualTo(parameter);
			assertThat(miss.label()).isEqualTo(policy.parameters(agency).get(parameter).label());
			assertThat(miss.threshold()).isEqualTo(policy.parameters(agency).get(parameter).value());
			assertThat(miss.relaxation()).isEqualTo(2.0);
			assertThat(miss.shortBy()).isCloseTo(shortBy, offset(1e-6));
			assertThat(miss.rule().layer().name()).isIn("REGION", "AGENCY");
			assertThat(miss.figures()).isNotEmpty();
		});
	}

	@Test
	void satyalancanaGoesByYearsOfServiceWithoutHeavySanctionAndNineYearsIsANearMissForNextYear() {
		CompiledPolicy policy = policies.active("medan");
		String sanctioned = "199001012015011003";
		String eleven = "199001012015011004";
		List<Employee> employees = List.of(EmployeeFacts.of(MEETS, "bappeda").baik().yearsOfService(10, false).build(),
				EmployeeFacts.of(MISSES, "bappeda").baik().yearsOfService(9, false).build(),
				EmployeeFacts.of(sanctioned, "bappeda").baik().yearsOfService(9, true).build(),
				EmployeeFacts.of(eleven, "bappeda").baik().yearsOfService(11, false).build());
		Map<String, StoredResult> stored = evaluate(policy, "bappeda", employees);

		assertThat(stored.values().stream().filter(r -> r.holds("SATYALANCANA_KARYA_SATYA_X")).map(StoredResult::nip))
			.containsExactly(MEETS);
		assertThat(nearMisses(policy, "SATYALANCANA_KARYA_SATYA_X", stored, "bappeda", employees))
			.singleElement()
			.satisfies(miss -> {
				assertThat(miss.nip()).isEqualTo(MISSES);
				assertThat(miss.parameter()).isNull();
				assertThat(miss.condition()).isEqualTo("yearsOfService == 10");
				assertThat(miss.threshold()).isEqualTo(10);
				assertThat(miss.shortBy()).isEqualTo(1.0);
				assertThat(miss.note()).contains("tahun depan");
			});
	}

	@Test
	void anAwardWithoutANumericConditionHasNoNearMisses() {
		CompiledPolicy policy = policies.active("mamuju");
		List<Employee> employees = List.of(EmployeeFacts.of(MEETS, "dpu").sangatBaik().build(),
				EmployeeFacts.of(MISSES, "dpu").baik().build());
		Map<String, StoredResult> stored = evaluate(policy, "dpu", employees);

		assertThat(stored.get(MEETS).holds("PEGAWAI_BERPRESTASI")).isTrue();
		assertThat(stored.get(MISSES).holds("PEGAWAI_BERPRESTASI")).isFalse();
		assertThat(nearMisses(policy, "PEGAWAI_BERPRESTASI", stored, "dpu", employees)).isEmpty();
	}

	static Stream<Arguments> trainings() {
		return Stream.of(
				training("national: 19.5 JP of 20", null, null, "PENGEMBANGAN_KOMPETENSI", "E-LEARNING-KOMPETENSI",
						facts -> facts.developmentHours(19.5), facts -> facts.developmentHours(20)),
				training("national: supervisor's Akuntabel 2.9 under 3", null, null, "BERAKHLAK_AKUNTABEL",
						"BERAKHLAK-AKUNTABEL", facts -> facts.supervisorScore(CoreValue.AKUNTABEL, 2.9),
						facts -> facts.supervisorScore(CoreValue.AKUNTABEL, 3)),
				training("national: work below expectation", null, null, "PENINGKATAN_KINERJA", "COACHING-KINERJA",
						facts -> facts.rated(Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI),
						facts -> facts.rated(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)),
				training("Medan: IKM 64.9 under grade C", "medan", "bappeda", "PELAYANAN_PUBLIK", "PELAYANAN-PRIMA",
						facts -> facts.citizenSatisfaction(64.9), facts -> facts.citizenSatisfaction(65)),
				training("Medan: Sangat Baik and Kompeten 4.5", "medan", "bappeda", "PENGEMBANGAN_KARIER",
						"KEPEMIMPINAN-PENGAWAS", facts -> facts.sangatBaik().supervisorScore(CoreValue.KOMPETEN, 4.5),
						facts -> facts.sangatBaik().supervisorScore(CoreValue.KOMPETEN, 4.4)),
				training("Tanjungpinang: Adaptif 3.4 under 3.5", "tanjungpinang", "bappeda", "TEKNOLOGI_INFORMASI",
						"LITERASI-DIGITAL", facts -> facts.supervisorScore(CoreValue.ADAPTIF, 3.4),
						facts -> facts.supervisorScore(CoreValue.ADAPTIF, 3.5)),
				training("Mamuju Disdik: classroom practice 79.9% under 80%", "mamuju", "disdik", "PEDAGOGI_GURU",
						"PEDAGOGI-ASESMEN", facts -> facts.jobTitle("Guru").indicator("PRAKTIK_KELAS", 100, 79.9),
						facts -> facts.jobTitle("Guru").indicator("PRAKTIK_KELAS", 100, 80)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("trainings")
	void aTrainingNeedIsMappedToItsCourseOnlyOnItsSideOfTheThreshold(String title, String region, String agency,
			String need, String course, Facts needs, Facts not) {
		CompiledPolicy policy = region == null ? policies.national() : policies.active(region);
		Map<String, StoredResult> stored = evaluate(policy, agency,
				List.of(needs.apply(EmployeeFacts.of(MEETS, agency)).build(),
						not.apply(EmployeeFacts.of(MISSES, agency)).build()));
		TrainingPlanner planner = new TrainingPlanner(Courses.byNeed(DemoCourses.CATALOGUE));

		EmployeeTrainings advised = planner.advise(stored.get(MEETS));
		assertThat(advised.needs()).filteredOn(n -> n.code().equals(need)).singleElement().satisfies(n -> {
			assertThat(n.course()).isEqualTo(course);
			assertThat(n.reason()).isNotBlank();
			assertThat(n.rule().file()).endsWith(".drl");
		});
		assertThat(advised.courses()).contains(course);
		assertThat(planner.advise(stored.get(MISSES)).needs()).extracting(EmployeeTrainings.Need::code)
			.doesNotContain(need);
	}

	/** Changes the default facts of one employee for a case. */
	interface Facts {

		EmployeeFacts apply(EmployeeFacts facts);

	}

	private static Arguments award(String title, String region, String agency, String award, String parameter,
			Facts meets, Facts misses, double shortBy) {
		return arguments(title, region, agency, award, parameter, meets, misses, shortBy);
	}

	private static Arguments training(String title, String region, String agency, String need, String course,
			Facts needs, Facts not) {
		return arguments(title, region, agency, need, course, needs, not);
	}

	private static EmployeeFacts nurse(EmployeeFacts facts, String title) {
		return facts.jobTitle(title);
	}

	private static Map<String, StoredResult> evaluate(CompiledPolicy policy, String agency, List<Employee> employees) {
		List<EmployeeOutcome> outcomes = policy.evaluate(agency, employees);
		Map<String, StoredResult> stored = new LinkedHashMap<>();
		for (int i = 0; i < employees.size(); i++) {
			stored.put(outcomes.get(i).nip(), EmployeeFacts.stored(employees.get(i), outcomes.get(i)));
		}
		return stored;
	}

	private static List<NearMiss> nearMisses(CompiledPolicy policy, String award, Map<String, StoredResult> stored,
			String agency, List<Employee> employees) {
		List<AwardRule> rules = policy.awardRules().stream().filter(r -> r.code().equals(award)).toList();
		assertThat(rules).as("rules giving " + award).isNotEmpty();
		return new NearMisses(policy, rules, stored).of(agency, employees);
	}

}
