package id.kinerja.appraisal;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import id.kinerja.support.PostgresAvailable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** V5 turns one row per score into one row per assessor's form, losing no score, on H2 and PostgreSQL. */
class BehaviourFormMigrationTests {

	@Test
	void onH2() {
		migratesScoresToForms(new DriverManagerDataSource("jdbc:h2:mem:v5-migration;DB_CLOSE_DELAY=-1", "sa", ""),
				"PUBLIC");
	}

	@Nested
	@PostgresAvailable
	class OnPostgres {

		@Test
		void onPostgres() {
			migratesScoresToForms(new DriverManagerDataSource(PostgresAvailable.Condition.URL + "?currentSchema=v5",
					PostgresAvailable.Condition.USER, PostgresAvailable.Condition.PASSWORD), "v5");
		}

	}

	/** {@code schema}: where the tables go, as the database names it. */
	static void migratesScoresToForms(DataSource dataSource, String schema) {
		flyway(dataSource, schema, "2").migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into region (id, bps_code, name, kind, province) values ('r', '9999', 'R', 'KOTA', 'P')");
		jdbc.update("insert into agency (id, region_id, code, name) values (1, 'r', 'a', 'A')");
		jdbc.update("insert into employee (id, nip, name, agency_id, position_type, job_title, rank, employment_type,"
				+ " unit_head) values (1, '197303141997022002', 'Siti', 1, 'PENGAWAS', 'Kepala', 'III/d', 'PNS', true)");
		jdbc.update("insert into evaluation_period (code, kind, calendar_year, start_date, end_date)"
				+ " values ('2025', 'ANNUAL', 2025, date '2025-01-01', date '2025-12-31')");
		String supervisor = "196501021989082281";
		for (String value : List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL",
				"ADAPTIF", "KOLABORATIF")) {
			score(jdbc, value, "SUPERVISOR", supervisor, 4);
		}
		score(jdbc, "AKUNTABEL", "SELF", "197303141997022002", 5);
		// two anonymous subordinates, their rows interleaved
		score(jdbc, "AKUNTABEL", "SUBORDINATE", null, 3);
		score(jdbc, "AKUNTABEL", "SUBORDINATE", null, 2.5);
		score(jdbc, "LOYAL", "SUBORDINATE", null, 4.5);
		score(jdbc, "LOYAL", "SUBORDINATE", null, 1);

		flyway(dataSource, schema, "latest").migrate();
		List<Map<String, Object>> forms = jdbc.queryForList("select assessor_type, assessor_nip, akuntabel, loyal,"
				+ " kolaboratif from behaviour_form where employee_id = 1 and period_code = '2025' order by id");
		assertThat(forms).extracting(f -> f.get("assessor_type") + " " + number(f.get("akuntabel")) + " "
				+ number(f.get("loyal")) + " " + number(f.get("kolaboratif")))
			.containsExactly("SUPERVISOR 4.0 4.0 4.0", "SELF 5.0 null null", "SUBORDINATE 3.0 4.5 null",
					"SUBORDINATE 2.5 1.0 null");
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?"
				+ " and lower(table_name) = 'behaviour_assessment'", Long.class, schema)).isZero();
	}

	private static Flyway flyway(DataSource dataSource, String schema, String target) {
		return Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.locations("classpath:db/migration/common")
			.target(target)
			.load();
	}

	private static void score(JdbcTemplate jdbc, String value, String assessor, String nip, double score) {
		jdbc.update("insert into behaviour_assessment (employee_id, period_code, core_value, assessor_type,"
				+ " assessor_nip, score) values (1, '2025', ?, ?, ?, ?)", value, assessor, nip, score);
	}

	private static String number(Object value) {
		return value == null ? "null" : String.valueOf(((Number) value).doubleValue());
	}

}
