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

	@BeforeAll
	void writeData() {
		new DemoDataWriter(new JdbcTemplate(dataSource), GENERATOR).write("makassar", EMPLOYEES,
				List.of("2025", "2025-Q4"));
		counting = new CountingDataSource(dataSource);
		facts = new AppraisalFacts(new JdbcTemplate(counting));
	}

	@Test
	void loadsEveryAgencyInCodeOrder() {
		List<AgencyFacts> agencies = load("makassar", null, "2025");
		assertThat(agencies).extracting(AgencyFacts::agency).isSorted().contains("dinkes", "disdik").hasSize(7);
		assertThat(agencies).flatExtracting(AgencyFacts::employees).hasSize(EMPLOYEES);
		Map<String, GeneratedAgency> generated = GENERATOR.agencies("makassar", "2025")
			.stream()
			.collect(Collectors.toMap(GeneratedAgency::agencyCode, Function.identity()));
		assertThat(agencies).allSatisfy(a -> {
			assertThat(a.organisationRating()).isEqualTo(generated.get(a.agency()).rating());
			assertThat(a.employees()).allSatisfy(e -> assertThat(e.agency()).isEqualTo(a.agency()));
		});
	}

	@Test
	void mapsRowsExactlyAsTheGeneratorMapsItsRecords() {
		for (String period : List.of("2025", "2025-Q4")) {
			Map<String, GeneratedAgency> agencies = GENERATOR.agencies("makassar", period)
				.stream()
				.collect(Collectors.toMap(GeneratedAgency::agencyCode, Function.identity()));
			Map<String, Employee> loaded = load("makassar", null, period).stream()
				.flatMap(a -> a.employees().stream())
				.collect(Collectors.toMap(Employee::nip, Function.identity()));
			GENERATOR.employees("makassar", EMPLOYEES, period, g -> {
				Double ikm = DemoGenerator.citizenSatisfaction(agencies.get(g.agencyCode()));
				Employee expected = DemoGenerator.toFact(g, ikm, agencies.get(g.agencyCode()).rating());
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
		// period, region, agencies, feedback, organisation ratings, then five per agency
		assertThat(region).isEqualTo(5 + 5 * 7);
		assertThat(oneAgency).isEqualTo(5 + 5);
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

	private List<AgencyFacts> load(String region, String agency, String period) {
		List<AgencyFacts> all = new ArrayList<>();
		facts.load(region, agency, period, all::add);
		return all;
	}

	private Employee fact(String nip, String period) {
		return load("makassar", null, period).stream()
			.flatMap(a -> a.employees().stream())
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
