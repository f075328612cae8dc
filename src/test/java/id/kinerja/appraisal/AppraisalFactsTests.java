package id.kinerja.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import id.kinerja.demo.DemoDataWriter;
import id.kinerja.demo.DemoGenerator;
import id.kinerja.demo.GeneratedAgency;
import id.kinerja.demo.GeneratedEmployee;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.staff.Nip;
import id.kinerja.staff.UnknownAgency;
import id.kinerja.staff.UnknownRegion;
import id.kinerja.support.CollectedFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Loads a small generated data set from H2 and checks it against the generator's own fact mapping. */
@DataJpaTest(properties = "kinerja.test.context=appraisal-facts")
@Transactional(propagation = Propagation.NOT_SUPPORTED) // data committed once, own context and database
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppraisalFactsTests {

	static final int EMPLOYEES = 400;

	static final DemoGenerator GENERATOR = new DemoGenerator(5);

	@Autowired
	DataSource dataSource;

	CountingDataSource counting;

	AppraisalFacts facts;

	/** Mamuju, a second region in the same database, some of whose employees lack some rows. */
	static final int MAMUJU = 60;

	@BeforeAll
	void writeData() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		DemoDataWriter writer = new DemoDataWriter(jdbc, GENERATOR);
		writer.write("makassar", EMPLOYEES, List.of("2025", "2025-Q4"));
		writer.write("mamuju", MAMUJU, "2025");
		jdbc.update("delete from behaviour_form where employee_id = (select id from employee where nip = ?)",
				mamuju(0).nip());
		jdbc.update("delete from skp_line where employee_id = (select id from employee where nip = ?)",
				mamuju(1).nip());
		jdbc.update("delete from development_hours where employee_id = (select id from employee where nip = ?)",
				mamuju(2).nip());
		jdbc.update("insert into evaluation_period (code, kind, calendar_year, start_date, end_date)"
				+ " values ('2025-11', 'MONTHLY', 2025, date '2025-11-01', date '2025-11-30')");
		counting = new CountingDataSource(dataSource);
		facts = new AppraisalFacts(new JdbcTemplate(counting));
	}

	@Test
	void loadsEveryAgencyInCodeOrder() {
		CollectedFacts loaded = collect("makassar", null, "2025", AppraisalFacts.BATCH);
		assertThat(loaded.agencies()).isSorted().contains("dinkes", "disdik").hasSize(7);
		assertThat(loaded.employees()).hasSize(EMPLOYEES);
		Map<String, GeneratedAgency> generated = GENERATOR.agencies("makassar", "2025")
			.stream()
			.collect(Collectors.toMap(GeneratedAgency::agencyCode, Function.identity()));
		assertThat(loaded.done).allSatisfy(d -> assertThat(d.rating()).isEqualTo(generated.get(d.agency()).rating()));
		assertThat(loaded.batches).allSatisfy(b -> {
			assertThat(b.organisationRating()).isEqualTo(generated.get(b.agency()).rating());
			assertThat(b.employees()).allSatisfy(e -> assertThat(e.agency()).isEqualTo(b.agency()));
		});
	}

	@Test
	void handsSmallBatchesOfOneAgencyWithTheSameFacts() {
		CollectedFacts small = collect("makassar", null, "2025", 16);
		assertThat(small.batches).allSatisfy(b -> assertThat(b.employees()).hasSizeBetween(1, 16));
		assertThat(small.batches).hasSizeGreaterThan(EMPLOYEES / 16);
		assertThat(byNip(small.employees())).isEqualTo(byNip(load("makassar", null, "2025")));
		// within an agency, employees keep their id order (the order of the generator's stream)
		List<String> dinkes = small.employees().stream().filter(e -> e.agency().equals("dinkes")).map(Employee::nip)
			.toList();
		assertThat(dinkes).isEqualTo(generated("2025").stream().filter(g -> g.agencyCode().equals("dinkes"))
			.map(GeneratedEmployee::nip)
			.toList());
	}

	@Test
	void anAgencyWithoutEmployeesIsDoneWithoutBatches() {
		CollectedFacts loaded = collect("tanjungpinang", null, "2025", AppraisalFacts.BATCH);
		assertThat(loaded.batches).isEmpty();
		assertThat(loaded.agencies()).hasSize(7).isSorted();
		assertThat(collect("tanjungpinang", "dinkes", "2025", AppraisalFacts.BATCH).agencies())
			.containsExactly("dinkes");
	}

	@Test
	void twoRegionsInOneDatabaseDoNotMix() {
		assertThat(load("makassar", null, "2025")).extracting(Employee::nip)
			.containsExactlyInAnyOrderElementsOf(generated("2025").stream().map(GeneratedEmployee::nip).toList());
		Map<String, GeneratedAgency> agencies = GENERATOR.agencies("mamuju", "2025")
			.stream()
			.collect(Collectors.toMap(GeneratedAgency::agencyCode, Function.identity()));
		Map<String, Employee> loaded = byNip(load("mamuju", null, "2025"));
		assertThat(loaded).hasSize(MAMUJU);
		for (int i = 3; i < MAMUJU; i++) {
			GeneratedEmployee g = mamuju(i);
			GeneratedAgency agency = agencies.get(g.agencyCode());
			assertThat(loaded.get(g.nip())).usingRecursiveComparison()
				.isEqualTo(DemoGenerator.toFact(g, DemoGenerator.citizenSatisfaction(agency), agency.rating()));
		}
	}

	@Test
	void employeesWithoutSomeRowsStillGetAFact() {
		Map<String, Employee> loaded = byNip(load("mamuju", null, "2025"));
		Employee noBehaviour = loaded.get(mamuju(0).nip());
		assertThat(noBehaviour.behaviour()).isEmpty();
		assertThat(noBehaviour.indicators()).isNotEmpty();
		Employee noLines = loaded.get(mamuju(1).nip());
		assertThat(noLines.indicators()).isEmpty();
		assertThat(noLines.behaviour()).isNotEmpty();
		assertThat(loaded.get(mamuju(2).nip()).developmentHours()).isZero();
	}

	@Test
	void aPeriodWithoutDataGivesEveryEmployeeAnEmptyFact() {
		CollectedFacts loaded = collect("makassar", null, "2025-11", AppraisalFacts.BATCH);
		assertThat(loaded.employees()).hasSize(EMPLOYEES).allSatisfy(e -> {
			assertThat(e.indicators()).isEmpty();
			assertThat(e.behaviour()).isEmpty();
			assertThat(e.organisationRating()).isNull();
			assertThat(e.citizenSatisfaction()).isNull();
		});
		assertThat(loaded.done).hasSize(7).allSatisfy(d -> assertThat(d.rating()).isNull());
		// development hours are counted per calendar year, not per period
		assertThat(loaded.employees()).anySatisfy(e -> assertThat(e.developmentHours()).isPositive());
	}

	@Test
	void mapsRowsExactlyAsTheGeneratorMapsItsRecords() {
		for (String period : List.of("2025", "2025-Q4")) {
			Map<String, GeneratedAgency> agencies = GENERATOR.agencies("makassar", period)
				.stream()
				.collect(Collectors.toMap(GeneratedAgency::agencyCode, Function.identity()));
			Map<String, Employee> loaded = byNip(load("makassar", null, period));
			GENERATOR.employees("makassar", EMPLOYEES, period, g -> {
				Double ikm = DemoGenerator.citizenSatisfaction(agencies.get(g.agencyCode()));
				Employee expected = DemoGenerator.toFact(g, agencies.get(g.agencyCode()));
				Employee actual = loaded.get(g.nip());
				assertThat(actual.citizenSatisfaction()).isCloseTo(expected.citizenSatisfaction(), within(1e-9));
				assertThat(actual).usingRecursiveComparison().ignoringFields("citizenSatisfaction").isEqualTo(expected);
			});
		}
	}

	@Test
	void averagesSeveralPeersIntoOneScore() {
		GeneratedEmployee withPeers = generated("2025").stream()
			.filter(g -> g.behaviour().stream().filter(s -> s.assessor() == Assessor.PEER).count() >= 14)
			.findFirst()
			.orElseThrow();
		Employee fact = fact(withPeers.nip(), "2025");
		double expected = withPeers.behaviour()
			.stream()
			.filter(s -> s.assessor() == Assessor.PEER && s.value() == CoreValue.KOLABORATIF)
			.mapToDouble(s -> s.score().doubleValue())
			.average()
			.orElseThrow();
		assertThat(fact.behaviour()).filteredOn(s -> s.assessor() == Assessor.PEER && s.value() == CoreValue.KOLABORATIF)
			.singleElement()
			.extracting(BehaviourScore::score)
			.isEqualTo(expected);
		assertThat(fact.behaviour()).filteredOn(s -> s.assessor() == Assessor.SUPERVISOR).hasSize(7);
	}

	@Test
	void countsYearsOfServiceToThePeriodEndAndDevelopmentHoursOfItsYear() {
		GeneratedEmployee g = generated("2025-Q4").get(123);
		Employee quarter = fact(g.nip(), "2025-Q4");
		assertThat(quarter.yearsOfService())
			.isEqualTo(Nip.parse(g.nip()).yearsOfServiceAt(LocalDate.of(2025, 12, 31)));
		double jp = g.development().stream().mapToDouble(a -> a.hours().doubleValue()).sum();
		assertThat(quarter.developmentHours()).isEqualTo(jp);
		assertThat(fact(g.nip(), "2025").developmentHours()).isEqualTo(jp);
	}

	@Test
	void unreportedRealisationCountsAsZero() {
		GeneratedEmployee g = generated("2025").stream()
			.filter(e -> e.lines().stream().anyMatch(l -> l.realisation() == null))
			.findFirst()
			.orElseThrow();
		GeneratedEmployee.Line line = g.lines().stream().filter(l -> l.realisation() == null).findFirst().orElseThrow();
		assertThat(fact(g.nip(), "2025").indicators()).filteredOn(i -> i.code().equals(line.code()))
			.allSatisfy(i -> assertThat(i.realisation()).isZero());
	}

	@Test
	void statementsDependOnAgenciesNotEmployees() {
		counting.statements.set(0);
		load("makassar", null, "2025");
		int region = counting.statements.get();
		counting.statements.set(0);
		load("makassar", "disdik", "2025");
		int oneAgency = counting.statements.get();
		// period, region, agencies, feedback, organisation ratings, citizen input, then one per table for the
		// whole scope
		assertThat(region).isEqualTo(6 + 5);
		assertThat(oneAgency).isEqualTo(6 + 5);
	}

	@Test
	void namesUnknownIds() {
		assertThatThrownBy(() -> load("atlantis", null, "2025")).isInstanceOf(UnknownRegion.class)
			.hasMessageContaining("atlantis");
		assertThatThrownBy(() -> load("makassar", "dinsos", "2025")).isInstanceOf(UnknownAgency.class)
			.hasMessageContaining("dinsos");
		assertThatThrownBy(() -> load("makassar", null, "2024")).isInstanceOf(UnknownPeriod.class)
			.hasMessageContaining("2024");
		assertThat(new UnknownPeriod("2024").getStatusCode().value()).isEqualTo(404);
		assertThat(new UnknownPeriod("2024").getBody().getDetail()).contains("2024");
	}

	@Test
	void aPeriodCarriesTheMonthsItCovers() {
		String nip = generated("2025").get(0).nip();
		assertThat(fact(nip, "2025").periodMonths()).isEqualTo(12);
		assertThat(fact(nip, "2025-Q4").periodMonths()).isEqualTo(3);
		assertThat(fact(nip, "2025-11").periodMonths()).isEqualTo(1);
	}

	@Test
	void aModerateSanctionNoLongerOnRecordStillCounts() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		GeneratedEmployee employee = generated("2025").stream().filter(g -> g.sanction() == null).findFirst().orElseThrow();
		assertThat(fact(employee.nip(), "2025").heavySanction()).isFalse();
		jdbc.update("update employee set heavy_sanction_ever = true where nip = ?", employee.nip());
		try {
			assertThat(fact(employee.nip(), "2025").heavySanction()).isTrue();
		}
		finally {
			jdbc.update("update employee set heavy_sanction_ever = false where nip = ?", employee.nip());
		}
	}

	private List<Employee> load(String region, String agency, String period) {
		return collect(region, agency, period, AppraisalFacts.BATCH).employees();
	}

	private CollectedFacts collect(String region, String agency, String period, int batchSize) {
		CollectedFacts collected = new CollectedFacts();
		facts.load(region, agency, period, batchSize, collected);
		return collected;
	}

	private static Map<String, Employee> byNip(List<Employee> employees) {
		return employees.stream().collect(Collectors.toMap(Employee::nip, Function.identity()));
	}

	private static GeneratedEmployee mamuju(int index) {
		return GENERATOR.employee("mamuju", index, "2025");
	}

	private Employee fact(String nip, String period) {
		return load("makassar", null, period).stream()
			.filter(e -> e.nip().equals(nip))
			.findFirst()
			.orElseThrow();
	}

	private static List<GeneratedEmployee> generated(String period) {
		List<GeneratedEmployee> all = new ArrayList<>();
		GENERATOR.employees("makassar", EMPLOYEES, period, all::add);
		return all;
	}

}
