package id.kinerja.evaluation;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Results stored before awards and trainings had rows of their own get their rows from their JSON lists. */
class OutcomeRowsMigrationTests {

	@Test
	void aResultStoredBeforeGetsARowPerAwardAndTraining() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:outcome-rows;DB_CLOSE_DELAY=-1");
		JdbcClient jdbc = JdbcClient.create(database);
		flyway(database, "34").migrate();
		jdbc.sql("insert into region (id, bps_code, name, kind, province) values ('kota', '7371', 'Kota', 'kota', 'P')")
			.update();
		jdbc.sql("""
				insert into evaluation_period (code, kind, calendar_year, start_date, end_date)
				values ('2025', 'TAHUNAN', 2025, date '2025-01-01', date '2025-12-31')""").update();
		jdbc.sql("""
				insert into evaluation_run (id, region_id, period_code, policy_version, started_at)
				values (1, 'kota', '2025', 'v1', current_timestamp)""").update();
		result(jdbc, "198001012005011001", """
				[{"code":"PEGAWAI_TELADAN","name":"Pegawai teladan","rule":null}]""", """
				[{"code":"BERAKHLAK","name":"Penguatan nilai","hours":8.0,"reason":"r","rule":null},
				 {"code":"TEKNIS","name":"Diklat teknis","hours":20.0,"reason":"r","rule":null}]""");
		result(jdbc, "198001012005011002", "[]", "[]");

		flyway(database, "35").migrate();

		assertThat(jdbc.sql("select nip || ' ' || kind || ' ' || code || ' ' || name from result_outcome order by kind, code")
			.query(String.class)
			.list()).isEqualTo(List.of("198001012005011001 AWARD PEGAWAI_TELADAN Pegawai teladan",
					"198001012005011001 TRAINING BERAKHLAK Penguatan nilai",
					"198001012005011001 TRAINING TEKNIS Diklat teknis"));
	}

	private static Flyway flyway(JdbcDataSource database, String target) {
		return Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.javaMigrations(new OutcomeRowsMigration())
			.target(target)
			.load();
	}

	private static void result(JdbcClient jdbc, String nip, String awards, String trainings) {
		jdbc.sql("""
				insert into evaluation_result (run_id, nip, name, agency_code, awards, trainings, fired_rules, warnings)
				values (1, :nip, 'Nama', 'dinkes', :awards, :trainings, '[]', '[]')""")
			.param("nip", nip)
			.param("awards", awards)
			.param("trainings", trainings)
			.update();
	}

}
