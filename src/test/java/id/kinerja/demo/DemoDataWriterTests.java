package id.kinerja.demo;

import java.util.List;

import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.support.CollectedFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@DataJpaTest
class DemoDataWriterTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void writesARegionForSeveralPeriods() {
		DemoDataWriter writer = new DemoDataWriter(jdbc, new DemoGenerator(1));
		DemoDataWriter.Written written = writer.write("tanjungpinang", 250, List.of("2025", "2025-Q4"));

		assertThat(written.regions()).isEqualTo(4);
		assertThat(written.agencies()).isEqualTo(4 * 7);
		assertThat(written.employees()).isEqualTo(250);
		assertThat(count("employee")).isEqualTo(250);
		assertThat(count("evaluation_period")).isEqualTo(2);
		assertThat(count("skp_line")).isEqualTo(written.skpLines());
		assertThat(jdbc.queryForObject("select count(distinct period_code) from behaviour_form", Long.class))
			.isEqualTo(2);
		// one form per assessor, each with the seven values
		assertThat(count("behaviour_form")).isEqualTo(written.behaviour());
		assertThat(jdbc.queryForObject("select count(*) from behaviour_form where berorientasi_pelayanan is null"
				+ " or akuntabel is null or kompeten is null or harmonis is null or loyal is null or adaptif is null"
				+ " or kolaboratif is null", Long.class)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from employee where unit_head", Long.class)).isEqualTo(7);
		assertThat(jdbc.queryForObject("select count(*) from employee where supervisor_id is null", Long.class))
			.isEqualTo(7);
		assertThat(count("organisation_rating")).isEqualTo(2 * 7);
		// development hours once per year, not per period
		assertThat(jdbc.queryForObject("select count(distinct calendar_year) from development_hours", Long.class))
			.isOne();
		// identity moved past the assigned ids
		jdbc.update("insert into employee (nip, name, agency_id, position_type, job_title, rank, employment_type, "
				+ "unit_head) select '199001012015011999', 'Baru', min(id), 'PELAKSANA', 'Pengadministrasi', 'III/a', "
				+ "'PNS', false from agency");
	}

	@Test
	void refusesARegionThatHasEmployees() {
		DemoDataWriter writer = new DemoDataWriter(jdbc, new DemoGenerator(1));
		writer.write("mamuju", 120, "2025");
		assertThatIllegalStateException().isThrownBy(() -> writer.write("mamuju", 10, "2025"))
			.withMessageContaining("mamuju");
	}

	/** Run with -DargLine="-Dkinerja.bench=true [-Dkinerja.bench.count=100000]": bulk write and load times. */
	@Test
	@EnabledIfSystemProperty(named = "kinerja.bench", matches = "true")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void writesAndLoadsAHundredThousand() {
		DemoDataWriter writer = new DemoDataWriter(jdbc, new DemoGenerator(1));
		long start = System.nanoTime();
		DemoDataWriter.Written written = writer.write("medan", Integer.getInteger("kinerja.bench.count", 100_000), "2025");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("BENCH 100k employees, one period: " + millis + " ms, " + written);
		assertThat(written.employees()).isPositive();
		start = System.nanoTime();
		CollectedFacts facts = new CollectedFacts();
		new AppraisalFacts(jdbc).load("medan", null, "2025", facts);
		System.out.println("BENCH AppraisalFacts.load of " + facts.employees().size() + " employees: "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
		assertThat(facts.employees()).hasSize((int) written.employees());
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
