package id.kinerja.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.kinerja.KinerjaApplication;
import id.kinerja.demo.DemoDataWriter;
import id.kinerja.evaluation.OfficialRuns;
import id.kinerja.support.AsAdmin;
import id.kinerja.support.ResultChecksum;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An official run of N employees end to end on PostgreSQL (a database of its own on the local server,
 * created and dropped here): read, evaluate, curves, written, once with one worker process and once with a
 * second worker process beside it (a JVM of its own), each process's peak heap read from its GC log.
 */
final class PostgresScale {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private static final Pattern HEAP_BEFORE_GC = Pattern.compile("(\\d+)M->\\d+M");

	record Result(int employees, double write, double oneProcess, double twoProcesses, String checksumOne,
			String checksumTwo, long heapFirst, long heapSecond, List<String> workers, List<String> plans) {
	}

	/** The queries the pages and the API run most on a run's results, by what they are for. */
	private static final List<List<String>> READS = List.of(
			List.of("a page of one OPD's results", """
					select nip, name, predikat, score from evaluation_result where run_id = :run and agency_code = 'dinkes'
					order by agency_code, nip offset 0 rows fetch next 50 rows only"""),
			List.of("one employee's result", """
					select * from evaluation_result where run_id = :run
					and nip = (select min(nip) from evaluation_result where run_id = :run)"""),
			List.of("the candidates of one award", """
					select count(*) from evaluation_result where run_id = :run and exists (select 1 from result_outcome o
					where o.run_id = evaluation_result.run_id and o.nip = evaluation_result.nip and o.kind = 'AWARD'
					and o.code = 'PEGAWAI_TELADAN')"""),
			List.of("the spread per OPD", """
					select agency_code, predikat, count(*) from evaluation_result where run_id = :run
					group by agency_code, predikat"""));

	private PostgresScale() {
	}

	/** Null where no PostgreSQL server answers. */
	static Result measure(Path root, int employees) {
		String database = "kinerja_scale_" + ProcessHandle.current().pid();
		try {
			admin("drop database if exists " + database + " with (force)");
			admin("create database " + database);
		}
		catch (SQLException ex) {
			System.out.println("  PostgreSQL not reachable at " + SERVER + ": " + ex.getMessage());
			return null;
		}
		Path gcFirst = temp("first-gc");
		Path gcSecond = temp("second-gc");
		Process second = null;
		HeapPeaks heap = new HeapPeaks();
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(KinerjaApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments(root, database, "a").toArray(String[]::new))) {
			long start = System.nanoTime();
			first.getBean(DemoDataWriter.class).write(Workload.REGION, employees, Workload.PERIOD);
			double write = seconds(start);
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			jdbc.sql("analyze").update();
			// the runs' heap, not the demo data's writing
			heap.reset();
			long[] alone = run(first);
			second = startSecond(root, database, gcSecond);
			long[] shared = run(first);
			List<String> workers = jdbc.sql("select distinct worker from run_partition where run_id = ? order by worker")
				.param(shared[0])
				.query(String.class)
				.list();
			return new Result(employees, write, alone[1] / 1e9, shared[1] / 1e9, ResultChecksum.of(jdbc, alone[0]),
					ResultChecksum.of(jdbc, shared[0]), heap.peak(), peak(gcSecond), workers, plans(jdbc, shared[0]));
		}
		finally {
			if (second != null) {
				second.destroy();
			}
			try {
				admin("drop database if exists " + database + " with (force)");
			}
			catch (SQLException ex) {
				System.out.println("  could not drop " + database + ": " + ex.getMessage());
			}
		}
	}

	/** A run of the whole region: its id and the nanoseconds from start to official. */
	private static long[] run(ConfigurableApplicationContext app) {
		return AsAdmin.call("admin", () -> {
			OfficialRuns runs = app.getBean(OfficialRuns.class);
			long start = System.nanoTime();
			long run = runs.start(Workload.REGION, null, Workload.PERIOD);
			OfficialRuns.RunState state = runs.await(run, Duration.ofHours(1));
			if (!state.status().equals("DONE")) {
				throw new IllegalStateException("run " + run + " ended " + state.status() + ": " + state.failure());
			}
			return new long[] { run, System.nanoTime() - start };
		});
	}

	/** Each read's plan on the database as the runs left it (two runs' results), with its time. */
	private static List<String> plans(JdbcClient jdbc, long run) {
		List<String> plans = new ArrayList<>();
		for (List<String> read : READS) {
			plans.add(read.get(0) + ":");
			jdbc.sql("explain (analyze) " + read.get(1)).param("run", run).query(String.class).list().stream()
				.filter(line -> line.contains("Scan") || line.contains("Execution Time"))
				.map(line -> "    " + line.strip())
				.forEach(plans::add);
		}
		return plans;
	}

	private static Process startSecond(Path root, String database, Path gcLog) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-Xlog:gc:file=" + gcLog, "-cp", classPath(),
				KinerjaApplication.class.getName()));
		command.addAll(arguments(root, database, "b"));
		command.add("--spring.main.web-application-type=none");
		try {
			Path log = temp("second");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (!Files.readString(log).contains("Job engine started on b")) {
				if (!process.isAlive()) {
					throw new IllegalStateException("the second process ended at its start: " + log);
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the second process did not start: " + log);
				}
				Thread.sleep(200);
			}
			return process;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The project's class path: exec:java loads it in a class loader of its own, not the JVM's class path. */
	private static String classPath() {
		if (PostgresScale.class.getClassLoader() instanceof URLClassLoader loader) {
			return Arrays.stream(loader.getURLs()).map(PostgresScale::file).collect(Collectors.joining(File.pathSeparator));
		}
		return System.getProperty("java.class.path");
	}

	private static String file(URL url) {
		try {
			return Path.of(url.toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> arguments(Path root, String database, String instance) {
		return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + SERVER + database,
				"--spring.datasource.username=postgres", "--spring.datasource.password=", "--kinerja.demo.enabled=false",
				"--kinerja.demo.users=" + instance.equals("a"), "--kinerja.policy.root=" + root,
				"--kinerja.policy.watch=false", "--kinerja.sandbox.prewarm=false", "--kinerja.jobs.instance=" + instance,
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.id.kinerja.work=INFO",
				"--logging.level.org.flywaydb=ERROR");
	}

	/** The largest heap in use before a collection, from a JVM's GC log, in bytes. */
	private static long peak(Path gcLog) {
		try {
			long peak = 0;
			Matcher matcher = HEAP_BEFORE_GC.matcher(Files.readString(gcLog));
			while (matcher.find()) {
				peak = Math.max(peak, Long.parseLong(matcher.group(1)));
			}
			return peak * 1024 * 1024;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static Path temp(String name) {
		try {
			return Files.createTempFile("kinerja-" + name, ".log");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
