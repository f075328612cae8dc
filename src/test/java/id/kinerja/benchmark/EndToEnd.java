package id.kinerja.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.kinerja.KinerjaApplication;
import id.kinerja.demo.DemoDataWriter;
import id.kinerja.evaluation.Evaluations;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * An official evaluation through the application on an H2 file database: facts loaded from the
 * database, evaluated, curves checked and results persisted in one transaction.
 */
final class EndToEnd {

	/**
	 * {@code run} is the run's summary (its type is internal to the evaluation module); {@code results} the
	 * number of results per predikat with their sums of work score and behaviour index, to compare versions.
	 */
	record Result(double startSeconds, double setupSeconds, double evaluationSeconds, Object run, String results) {
	}

	static Result run(Path root, int employees) {
		Path folder = temporaryFolder();
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = context(root, folder)) {
			double started = seconds(start);
			long setup = System.nanoTime();
			context.getBean(DemoDataWriter.class).write(Workload.REGION, employees, Workload.PERIOD);
			double written = seconds(setup);
			long evaluation = System.nanoTime();
			Object run = context.getBean(Evaluations.class).run(Workload.REGION, null, Workload.PERIOD);
			return new Result(started, written, seconds(evaluation), run, results(context.getBean(JdbcTemplate.class)));
		}
		finally {
			FileSystemUtils.deleteRecursively(folder.toFile());
		}
	}

	private static String results(JdbcTemplate jdbc) {
		return jdbc.query("select coalesce(predikat, '-'), count(*), sum(work_score), sum(behaviour_index)"
				+ " from evaluation_result group by predikat order by 1", (rs, n) -> rs.getString(1) + " "
						+ rs.getLong(2) + " (sums " + rs.getBigDecimal(3) + ", " + rs.getBigDecimal(4) + ")")
			.toString();
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("kinerja-bench");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Command-line arguments, because they outrank application.properties (default properties do not). */
	/** An H2 file database, as the app uses: 3 million rows do not belong in the heap. */
	private static ConfigurableApplicationContext context(Path root, Path folder) {
		return new SpringApplicationBuilder(KinerjaApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("bench"), "--kinerja.demo.enabled=false",
					"--kinerja.demo.seed=" + Workload.SEED, "--kinerja.policy.root=" + root,
					"--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--logging.level.org.flywaydb=ERROR", "--logging.level.id.kinerja.evaluation.Evaluations=INFO");
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
