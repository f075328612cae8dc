package id.kinerja.evaluation;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import id.kinerja.KinerjaApplication;
import id.kinerja.demo.DemoDataWriter;
import id.kinerja.support.AsAdmin;
import id.kinerja.support.ResultChecksum;
import id.kinerja.support.PostgresAvailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one PostgreSQL database, the second a JVM of its own: an official run's partitions are
 * claimed by both; the second is killed while it writes a partition, and the first takes the partition over
 * when the second's heartbeats stop. Each run ends with the same results as a run on one instance.
 */
@PostgresAvailable
class TwoInstancesPostgresTests {

	private static final String DATABASE = "kinerja_two_" + ProcessHandle.current().pid();

	private static final String URL = PostgresAvailable.Condition.URL.substring(0,
			PostgresAvailable.Condition.URL.lastIndexOf('/') + 1);

	private static final String REGION = "makassar";

	private static final int EMPLOYEES = 12_000;

	private static ConfigurableApplicationContext first;

	private static Process second;

	private static Path secondLog;

	@BeforeAll
	static void startFirst() throws Exception {
		admin("drop database if exists " + DATABASE + " with (force)");
		admin("create database " + DATABASE);
		first = new SpringApplicationBuilder(KinerjaApplication.class).web(WebApplicationType.NONE)
			.run(arguments("a").toArray(String[]::new));
		first.getBean(DemoDataWriter.class).write(REGION, EMPLOYEES, "2025");
	}

	@AfterAll
	static void stop() throws Exception {
		if (second != null) {
			second.destroyForcibly();
		}
		if (first != null) {
			first.close();
		}
		admin("drop database if exists " + DATABASE + " with (force)");
	}

	@Test
	void partitionsAreSharedAndTakenOverWhenAnInstanceDiesWithTheSameResults() throws Exception {
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		long alone = run();
		String expected = ResultChecksum.of(jdbc, alone);
		assertThat(workers(jdbc, alone)).containsExactly("a");

		startSecond();
		long shared = run();
		assertThat(workers(jdbc, shared)).containsExactlyInAnyOrder("a", "b");
		assertThat(ResultChecksum.of(jdbc, shared)).isEqualTo(expected);

		long interrupted = AsAdmin.call("admin", () -> first.getBean(OfficialRuns.class).start(REGION, null, "2025"));
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.sql(
				"select count(*) from run_partition where run_id = ? and worker = 'b' and status = 'RUNNING'")
			.param(interrupted)
			.query(Long.class)
			.single() > 0);
		second.destroyForcibly().waitFor();
		OfficialRuns.RunState state = first.getBean(OfficialRuns.class).await(interrupted, Duration.ofMinutes(3));

		assertThat(state.status()).isEqualTo("DONE");
		assertThat(ResultChecksum.of(jdbc, interrupted)).isEqualTo(expected);
		assertThat(jdbc.sql("select count(*) from evaluation_result where run_id = ?").param(interrupted)
			.query(Long.class)
			.single()).isEqualTo(EMPLOYEES);
	}

	private static long run() {
		return AsAdmin.call("admin", () -> {
			OfficialRuns runs = first.getBean(OfficialRuns.class);
			long run = runs.start(REGION, null, "2025");
			assertThat(runs.await(run, Duration.ofMinutes(3)).status()).isEqualTo("DONE");
			return run;
		});
	}

	private static Set<String> workers(JdbcClient jdbc, long run) {
		return new TreeSet<>(jdbc.sql("select distinct worker from run_partition where run_id = ?").param(run)
			.query(String.class)
			.list());
	}

	/** The second instance: the same app in a JVM of its own, started the way an operator would. */
	private static void startSecond() throws Exception {
		secondLog = Files.createTempFile("kinerja-b", ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-cp", System.getProperty("java.class.path"), KinerjaApplication.class.getName()));
		command.addAll(arguments("b"));
		command.add("--spring.main.web-application-type=none");
		second = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(secondLog.toFile()).start();
		await().atMost(Duration.ofMinutes(3))
			.until(() -> !second.isAlive() || Files.readString(secondLog).contains("Job engine started on b"));
		assertThat(second.isAlive()).as("the second instance started; its log: %s", secondLog).isTrue();
	}

	private static List<String> arguments(String instance) {
		return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + URL + DATABASE,
				"--spring.datasource.username=" + PostgresAvailable.Condition.USER,
				"--spring.datasource.password=" + PostgresAvailable.Condition.PASSWORD, "--kinerja.demo.enabled=false",
				"--kinerja.demo.users=" + instance.equals("a"), "--kinerja.policy.root=" + new File(".").getAbsolutePath(),
				"--kinerja.policy.watch=false", "--kinerja.sandbox.prewarm=false", "--kinerja.jobs.instance=" + instance,
				"--kinerja.jobs.threads=1", "--kinerja.jobs.partition-size=1000", "--kinerja.jobs.heartbeat=1s",
				"--kinerja.jobs.missed-heartbeats=4", "--kinerja.jobs.polling-interval=200ms", "--spring.main.banner-mode=off");
	}

	private static void admin(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(URL + "postgres", PostgresAvailable.Condition.USER,
				PostgresAvailable.Condition.PASSWORD); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
