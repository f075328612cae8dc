package id.kinerja.evaluation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.Agency;
import id.kinerja.staff.Employees;
import id.kinerja.staff.Region;
import id.kinerja.staff.Regions;
import id.kinerja.support.CollectedFacts;
import id.kinerja.support.PostgresAvailable;
import id.kinerja.system.PageOf;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The application on PostgreSQL (profile postgres): migrations, repositories, fact loading, a whole run. */
@PostgresAvailable
@SpringBootTest(properties = "kinerja.demo.enabled=true")
@ActiveProfiles("postgres")
class PostgresRepositoryTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.Condition.URL);
		registry.add("spring.datasource.username", () -> PostgresAvailable.Condition.USER);
		registry.add("spring.datasource.password", () -> PostgresAvailable.Condition.PASSWORD);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void migrationsRan() throws IOException {
		List<String> versions = new ArrayList<>();
		for (String folder : List.of("common", "postgresql")) {
			for (Resource migration : new PathMatchingResourcePatternResolver()
				.getResources("classpath:db/migration/" + folder + "/V*__*.sql")) {
				versions.add(migration.getFilename().substring(1, migration.getFilename().indexOf("__")));
			}
		}
		// written in Java: the award and training rows of earlier runs
		versions.add("35");
		versions.sort(Comparator.comparingInt(Integer::parseInt));
		assertThat(versions).contains("1", "2", "3", "4");
		assertThat(jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
			.query(String.class)
			.list()).containsExactlyElementsOf(versions);
		assertThat(jdbc.sql("select current_setting('server_version')").query(String.class).single()).isNotBlank();
	}

	@Test
	void demoUsersAreWrittenWithTheirRegions() {
		assertThat(jdbc.sql("select r.region_id from app_user u join app_user_region r on r.user_id = u.id"
				+ " where u.username = 'makassar.kebijakan'")
			.query(String.class)
			.list()).containsExactly("makassar");
		assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(9);
	}

	@Test
	void repositoriesReadTheDemoData(@Autowired Regions regions, @Autowired Agencies agencies,
			@Autowired Employees employees, @Autowired Periods periods) {
		assertThat(regions.findAllByOrderByIdAsc()).extracting(Region::getBpsCode)
			.containsExactly("7371", "7604", "1275", "2172");
		Agency dinkes = agencies.require("makassar", "dinkes");
		assertThat(employees.findByAgencyId(dinkes.getId(), PageRequest.of(0, 5)).getTotalElements()).isPositive();
		assertThat(periods.findAllByOrderByCodeAsc()).extracting(Period::getCode)
			.containsExactly("2025", "2025-12", "2025-Q4");
	}

	@Test
	void streamsTheFactsOfARegion(@Autowired AppraisalFacts facts) {
		CollectedFacts loaded = new CollectedFacts();
		facts.load("tanjungpinang", null, "2025-Q4", loaded);

		assertThat(loaded.agencies()).isSorted().contains("disdukcapil", "dpu");
		assertThat(loaded.employees()).hasSize((int) employeesOf("tanjungpinang"))
			.allSatisfy(e -> assertThat(e.behaviour()).isNotEmpty());
	}

	@Test
	void evaluatesARegionAndReadsTheResultsBack(@Autowired Evaluations evaluations, @Autowired ResultQueries results) {
		RunSummary run = evaluations.run("tanjungpinang", null, "2025");

		assertThat(run.employees()).isEqualTo(employeesOf("tanjungpinang"));
		assertThat(run.startedBy()).isEqualTo("system");
		assertThat(jdbc.sql("select actor || ' ' || outcome from audit_event where action = 'EVALUATION_RUN'")
			.query(String.class)
			.list()).contains("system SUCCESS");
		PageOf<EmployeeResult> page = results.page(run.id(), null, null, 0, 10);
		assertThat(page.totalElements()).isEqualTo(run.employees());
		assertThat(results.distribution(run.id()).values().stream().flatMap(m -> m.values().stream())
			.mapToLong(Long::longValue)
			.sum()).isEqualTo(run.employees());
		assertThat(results.findings(run.id())).hasSize(run.curveFindings());
		EmployeeResult first = page.content().get(0);
		EmployeeResult read = results.one(run.id(), first.nip()).orElseThrow();
		assertThat(read).isEqualTo(first);
		assertThat(read.firedRules()).isNotEmpty();
		assertThat(results.page(run.id(), first.agency(), first.predikat(), 0, 500).content())
			.extracting(EmployeeResult::predikat)
			.containsOnly(first.predikat());
		assertThat(results.page(run.id(), new EvaluationResults.Filter(null, null), ResultSort.PREDIKAT, true, 0, 500)
			.content()).as("worst predikat first, none before all")
			.extracting(r -> r.predikat() == null ? Predikat.values().length : Predikat.valueOf(r.predikat()).ordinal())
			.isSortedAccordingTo(Comparator.reverseOrder());
	}

	private long employeesOf(String region) {
		return jdbc.sql("select count(*) from employee e join agency a on a.id = e.agency_id where a.region_id = ?")
			.param(region)
			.query(Long.class)
			.single();
	}

}
