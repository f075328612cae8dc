package id.kinerja.benchmark;

import java.nio.file.Path;

import id.kinerja.KinerjaApplication;
import id.kinerja.demo.DemoDataWriter;
import id.kinerja.evaluation.Evaluations;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An official evaluation through the application on an in-memory H2 database: facts loaded from the
 * database, evaluated, curves checked and results persisted in one transaction.
 */
final class EndToEnd {

	/** {@code run} is the run's summary (its type is internal to the evaluation module). */
	record Result(double startSeconds, double setupSeconds, double evaluationSeconds, Object run) {
	}

	static Result run(Path root, int employees) {
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = context(root)) {
			double started = seconds(start);
			long setup = System.nanoTime();
			context.getBean(DemoDataWriter.class).write(Workload.REGION, employees, Workload.PERIOD);
			double written = seconds(setup);
			long evaluation = System.nanoTime();
			Object run = context.getBean(Evaluations.class).run(Workload.REGION, null, Workload.PERIOD);
			Result result = new Result(started, written, seconds(evaluation), run);
			// the in-memory database outlives the context (DB_CLOSE_DELAY=-1): free it for the next phase
			context.getBean(JdbcTemplate.class).execute("SHUTDOWN");
			return result;
		}
	}

	/** Command-line arguments, because they outrank application.properties (default properties do not). */
	private static ConfigurableApplicationContext context(Path root) {
		return new SpringApplicationBuilder(KinerjaApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--kinerja.demo.enabled=false",
					"--kinerja.demo.seed=" + Workload.SEED, "--kinerja.policy.root=" + root,
					"--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--logging.level.org.flywaydb=ERROR");
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
