package id.kinerja.benchmark;

import java.nio.file.Path;
import java.util.List;

import id.kinerja.benchmark.Workload.AgencyGroup;
import id.kinerja.demo.DemoGenerator;
import id.kinerja.policy.BenchmarkAccess;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Rating;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's plain-Java twin must conclude what the Makassar rule files conclude. */
class PlainJavaMakassarTests {

	private static CompiledPolicy policy;

	private final PlainJavaMakassar plain = new PlainJavaMakassar();

	@BeforeAll
	static void compile() {
		policy = BenchmarkAccess.compile(Path.of("."), Workload.REGION);
	}

	@Test
	void agreesWithTheRulesOnGeneratedEmployees() {
		DemoGenerator generator = new DemoGenerator(Workload.SEED);
		Workload workload = Workload.generate(generator, Workload.agencies(generator), 0, 2_000);
		Agreement agreement = new Agreement();
		for (AgencyGroup group : workload.groups()) {
			compare(agreement, group.agency(), group.employees());
		}
		agreement.print("");
		assertThat(agreement.compared()).isEqualTo(2_000);
		assertThat(agreement.agree()).isTrue();
	}

	@Test
	void agreesOnThresholdsAndSpecialCases() {
		Agreement agreement = new Agreement();
		for (String agency : new String[] { "bappeda", "dinkes", "disdik", "dpu" }) {
			compare(agreement, agency, edgeCases(agency));
		}
		agreement.print("");
		assertThat(agreement.agree()).isTrue();
	}

	private void compare(Agreement agreement, String agency, List<Employee> employees) {
		agreement.compare(agency, policy.evaluate(agency, employees), plain.evaluate(agency, employees));
	}

	/** Values exactly on each threshold, target-0 indicators, official ratings and unit heads. */
	private static List<Employee> edgeCases(String agency) {
		List<BehaviourScore> exactlyAbove = scores(4.5);
		return List.of(
				employee(agency, "Guru", 1, indicators(130, 100, "PRAKTIK_KELAS", 90, 100), exactlyAbove),
				employee(agency, "Guru", 2, indicators(130, 100, "PRAKTIK_KELAS", 89.99, 100), exactlyAbove),
				employee(agency, "Dokter", 3, List.of(new Indicator("PASIEN_DILAYANI", 50, 100, 110, true),
						new Indicator("WAKTU_TUNGGU", 50, 30, 30, false)), exactlyAbove),
				employee(agency, "Staf", 4, List.of(new Indicator("PROYEK_SELESAI", 50, 4, 4, true),
						new Indicator("HARI_PENYELESAIAN_PROYEK", 50, 100, 99.5, false)), scores(3.0)),
				employee(agency, "Staf", 5, List.of(new Indicator("KECELAKAAN", 60, 0, 2, false),
						new Indicator("LAPORAN", 40, 0, 3, true)), scores(2.99)),
				employee(agency, "Staf", 6, indicators(90, 100, "WAKTU_TUNGGU", 0, 10), List.of()),
				employee(agency, "Bidan", 9, indicators(110, 100, "LAPORAN", 110, 100), exactlyAbove),
				new Employee(nip(7), "Kepala", agency, Position.JPT, null, "Kepala Dinas", "IV/c", EmploymentType.PNS,
						true, OrganisationRating.ISTIMEWA, 30, false, null, null, null, 19.5,
						indicators(130, 100, "LAPORAN", 130, 100), exactlyAbove),
				new Employee(nip(8), "Resmi", agency, Position.FUNGSIONAL, FunctionalLevel.PENYELIA, "Staf", "III/d",
						EmploymentType.PNS, false, OrganisationRating.BAIK, 10, true, Rating.DI_ATAS_EKSPEKTASI,
						Rating.SESUAI_EKSPEKTASI, null, 20, List.of(), List.of()));
	}

	private static Employee employee(String agency, String jobTitle, int n, List<Indicator> indicators,
			List<BehaviourScore> behaviour) {
		return new Employee(nip(n), "Pegawai " + n, agency, Position.FUNGSIONAL, FunctionalLevel.AHLI_MUDA, jobTitle,
				"III/c", EmploymentType.PNS, false, OrganisationRating.BAIK, 20, false, null, null, null, 20,
				indicators, behaviour);
	}

	/** One higher-is-better indicator at {@code achievement} percent, and a second named one. */
	private static List<Indicator> indicators(double achievement, double target, String code, double realisation,
			double secondTarget) {
		return List.of(new Indicator("UTAMA", 70, target, target * achievement / 100, true),
				new Indicator(code, 30, secondTarget, realisation, !code.equals("WAKTU_TUNGGU")));
	}

	/** Supervisor, peer and self give the same score, so the weighted index is that score. */
	private static List<BehaviourScore> scores(double score) {
		return List.of(new BehaviourScore(CoreValue.AKUNTABEL, Assessor.SUPERVISOR, score),
				new BehaviourScore(CoreValue.AKUNTABEL, Assessor.PEER, score),
				new BehaviourScore(CoreValue.KOMPETEN, Assessor.SELF, score),
				new BehaviourScore(CoreValue.KOMPETEN, Assessor.SUBORDINATE, 1));
	}

	private static String nip(int n) {
		return String.format("19800101200501100%d", n);
	}

}
