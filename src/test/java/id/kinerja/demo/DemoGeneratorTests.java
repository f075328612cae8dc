package id.kinerja.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.Position;
import id.kinerja.staff.Nip;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemoGeneratorTests {

	private static final DemoGenerator GENERATOR = new DemoGenerator(42);

	@Test
	void sameSeedSameData() {
		assertThat(generate(new DemoGenerator(7), "medan", 300, "2025"))
			.isEqualTo(generate(new DemoGenerator(7), "medan", 300, "2025"));
		assertThat(new DemoGenerator(7).agencies("medan", "2025")).isEqualTo(new DemoGenerator(7).agencies("medan",
				"2025"));
		assertThat(generate(new DemoGenerator(8), "medan", 300, "2025"))
			.isNotEqualTo(generate(new DemoGenerator(7), "medan", 300, "2025"));
	}

	@Test
	void earlierEmployeesDoNotDependOnCount() {
		assertThat(generate(GENERATOR, "mamuju", 1000, "2025").subList(0, 120))
			.isEqualTo(generate(GENERATOR, "mamuju", 120, "2025"));
		assertThat(GENERATOR.employee("mamuju", 777, "2025").toString())
			.isEqualTo(generate(GENERATOR, "mamuju", 1000, "2025").get(777));
	}

	@Test
	void catalogueHasTheSeedRegionsAndAgencies() {
		assertThat(GENERATOR.regions()).extracting(RegionSpec::id, RegionSpec::bpsCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("makassar", "7371"),
					org.assertj.core.groups.Tuple.tuple("mamuju", "7604"),
					org.assertj.core.groups.Tuple.tuple("medan", "1275"),
					org.assertj.core.groups.Tuple.tuple("tanjungpinang", "2172"));
		for (RegionSpec region : GENERATOR.regions()) {
			assertThat(region.agencies()).extracting(AgencySpec::code)
				.contains("dinkes", "disdik", "dishub", "disdukcapil", "dpu", "bkpsdm")
				.hasSizeGreaterThanOrEqualTo(6)
				.isSorted();
		}
	}

	@Test
	void linesAreWellFormed() {
		List<GeneratedEmployee> all = demo("2025");
		int lowerIsBetter = 0;
		int zeroTargets = 0;
		int unreported = 0;
		int lines = 0;
		for (GeneratedEmployee e : all) {
			assertThat(e.lines()).hasSizeBetween(3, 6);
			assertThat(e.lines().stream().map(GeneratedEmployee.Line::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
				.isEqualByComparingTo("100");
			for (GeneratedEmployee.Line line : e.lines()) {
				lines++;
				assertThat(line.target()).isNotNegative();
				lowerIsBetter += line.higherIsBetter() ? 0 : 1;
				zeroTargets += line.target().signum() == 0 ? 1 : 0;
				unreported += line.realisation() == null ? 1 : 0;
			}
		}
		assertThat((double) zeroTargets / lowerIsBetter).isBetween(0.01, 0.06);
		assertThat((double) unreported / lines).isBetween(0.01, 0.06);
	}

	@Test
	void teachersAreJudgedOnExamsAndClassroomPractice() {
		List<GeneratedEmployee> teachers = demo("2025").stream().filter(e -> "Guru".equals(e.jobTitle())).toList();
		assertThat(teachers).isNotEmpty().allSatisfy(t -> {
			assertThat(t.agencyCode()).isEqualTo("disdik");
			assertThat(t.lines()).extracting(GeneratedEmployee.Line::code).contains("NILAI_UJIAN", "PRAKTIK_KELAS");
		});
	}

	@Test
	void nipsAreValidUniqueAndMatchThePeople() {
		Set<String> nips = new HashSet<>();
		for (GeneratedEmployee e : demo("2025")) {
			Nip nip = Nip.parse(e.nip(), YearMonth.of(2025, 12));
			assertThat(nip.birthDate().getYear()).isBetween(1965, 2000);
			assertThat(nip.appointment().getYear() - nip.birthDate().getYear()).isBetween(18, 35);
			assertThat(nips.add(e.nip())).as("unique %s", e.nip()).isTrue();
		}
		// the largest region at benchmark scale, for the permutation behind uniqueness
		Set<String> many = new HashSet<>();
		GENERATOR.employees("medan", 0, 100_000, "2025-12", e -> many.add(e.nip()));
		assertThat(many).hasSize(100_000);
	}

	@Test
	void everyAgencyHasOneHeadAndEveryoneElseASenior() {
		for (RegionSpec region : GENERATOR.regions()) {
			List<GeneratedEmployee> staff = generate(region.id(), region.demoEmployees(), "2025");
			Map<String, Long> heads = new HashMap<>();
			staff.stream().filter(GeneratedEmployee::unitHead).forEach(h -> heads.merge(h.agencyCode(), 1L, Long::sum));
			assertThat(heads).hasSize(region.agencies().size()).allSatisfy((agency, count) -> assertThat(count).isOne());
			for (GeneratedEmployee e : staff) {
				if (e.unitHead()) {
					assertThat(e.position()).isIn(Position.JPT, Position.ADMINISTRATOR);
					continue;
				}
				GeneratedEmployee boss = staff.get(e.supervisorIndex());
				assertThat(e.supervisorIndex()).isLessThan(e.index());
				assertThat(boss.agencyCode()).isEqualTo(e.agencyCode());
				assertThat(boss.position().ordinal()).isLessThan(e.position().ordinal());
				assertThat(boss.nip()).isEqualTo(e.supervisorNip());
			}
		}
	}

	@Test
	void mixLooksLikeARegionalGovernment() {
		List<GeneratedEmployee> all = demo("2025");
		Map<Position, Long> positions = new EnumMap<>(Position.class);
		all.forEach(e -> positions.merge(e.position(), 1L, Long::sum));
		double n = all.size();
		assertThat((positions.get(Position.JPT) + positions.get(Position.ADMINISTRATOR)) / n).isBetween(0.03, 0.08);
		assertThat(positions.get(Position.PENGAWAS) / n).isBetween(0.08, 0.12);
		assertThat(positions.get(Position.FUNGSIONAL) / n).isBetween(0.40, 0.60);
		assertThat(all.stream().filter(e -> e.employmentType() == EmploymentType.PPPK).count() / n).isBetween(0.10,
				0.20);
		assertThat(all.stream().filter(e -> e.sanction() != null).count() / n).isBetween(0.01, 0.035);
		assertThat(all.stream().filter(GeneratedEmployee::hasOfficialRating).count() / n).isBetween(0.05, 0.11);
		Map<String, Long> perAgency = new HashMap<>();
		generate("makassar", 1200, "2025").forEach(e -> perAgency.merge(e.agencyCode(), 1L, Long::sum));
		assertThat(perAgency.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
			.isEqualTo("disdik");
	}

	@Test
	void behaviourCoversEveryValueAndSource() {
		for (GeneratedEmployee e : generate("makassar", 300, "2025-Q4")) {
			assertThat(e.behaviour()).filteredOn(s -> s.assessor() == Assessor.SUPERVISOR).hasSize(7);
			assertThat(e.behaviour()).filteredOn(s -> s.assessor() == Assessor.SELF).hasSize(7);
			if (e.index() > 100 && e.position() != Position.JPT) {
				assertThat(e.behaviour()).filteredOn(s -> s.assessor() == Assessor.PEER).hasSizeBetween(14, 21);
			}
			assertThat(e.behaviour()).allSatisfy(s -> assertThat(s.score().doubleValue() * 2 % 1).isZero());
		}
		long withPeers = generate("medan", 1000, "2025").stream()
			.filter(e -> e.behaviour().stream().anyMatch(s -> s.assessor() == Assessor.PEER))
			.count();
		assertThat(withPeers).isBetween(300L, 500L);
	}

	@Test
	void mapsToTheRulesFact() {
		GeneratedEmployee e = generate("makassar", 300, "2025").stream()
			.filter(x -> x.position() == Position.PENGAWAS)
			.findFirst()
			.orElseThrow();
		Employee fact = DemoGenerator.toFact(e, 81.5, null);
		assertThat(fact.nip()).isEqualTo(e.nip());
		assertThat(fact.indicators()).hasSameSizeAs(e.lines());
		assertThat(fact.behaviour()).extracting(BehaviourScore::assessor).contains(Assessor.SUBORDINATE);
		assertThat(fact.behaviour()).hasSize((int) fact.behaviour()
			.stream()
			.map(s -> s.value() + "/" + s.assessor())
			.distinct()
			.count());
		assertThat(fact.developmentHours()).isEqualTo(
				e.development().stream().mapToDouble(a -> a.hours().doubleValue()).sum(), within(1e-9));
		assertThat(fact.citizenSatisfaction()).isEqualTo(81.5);
	}

	@Test
	void streamsTwoHundredThousandWithoutKeepingThem() {
		AtomicLong count = new AtomicLong();
		AtomicLong lines = new AtomicLong();
		GENERATOR.employees("makassar", 200_000, "2025", e -> {
			count.incrementAndGet();
			lines.addAndGet(e.lines().size());
		});
		assertThat(count).hasValue(200_000);
		assertThat(lines.get()).isBetween(600_000L, 1_200_000L);
	}

	private static List<GeneratedEmployee> demo(String period) {
		List<GeneratedEmployee> all = new ArrayList<>();
		GENERATOR.regions().forEach(r -> GENERATOR.employees(r.id(), r.demoEmployees(), period, all::add));
		return all;
	}

	private static List<GeneratedEmployee> generate(String region, int count, String period) {
		List<GeneratedEmployee> all = new ArrayList<>();
		GENERATOR.employees(region, count, period, all::add);
		return all;
	}

	private static List<String> generate(DemoGenerator generator, String region, int count, String period) {
		List<String> all = new ArrayList<>();
		generator.employees(region, count, period, e -> all.add(e.toString()));
		return all;
	}

}
