package id.kinerja.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo catalogue and data on the first start, when no region exists yet. */
@Component
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final JdbcTemplate jdbc;

	private final DemoDataWriter writer;

	private final DemoGenerator generator;

	private final TransactionTemplate transaction;

	private final DemoRuns runs;

	private final boolean withRuns;

	DemoDataLoader(JdbcTemplate jdbc, DemoDataWriter writer, DemoGenerator generator, TransactionTemplate transaction,
			DemoRuns runs, @Value("${kinerja.demo.runs:true}") boolean withRuns) {
		this.runs = runs;
		this.withRuns = withRuns;
		this.jdbc = jdbc;
		this.writer = writer;
		this.generator = generator;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.queryForObject("select count(*) from region", Long.class) > 0) {
			log.info("Demo data not loaded: regions already exist");
			return;
		}
		long start = System.nanoTime();
		DemoDataWriter.Written written = transaction.execute(status -> load());
		log.info("Demo data loaded in {} ms: {}", (System.nanoTime() - start) / 1_000_000, written);
		if (withRuns) {
			log.info("Demo runs queued for the trend pages: {}", runs.start());
		}
	}

	private DemoDataWriter.Written load() {
		DemoDataWriter.Written written = writer.writeCatalogue();
		for (RegionSpec region : generator.regions()) {
			written = written.plus(writer.write(region.id(), region.demoEmployees(), DemoGenerator.DEMO_PERIODS));
		}
		// Makassar shows maker-checker: a published draft waits for a second policy officer
		jdbc.update("update region set policy_approval_required = true where id = 'makassar'");
		return written;
	}

}
