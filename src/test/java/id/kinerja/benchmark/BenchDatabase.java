package id.kinerja.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.kinerja.KinerjaApplication;
import id.kinerja.demo.DemoDataWriter;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The app without its web server on an H2 file database holding one city of generated employees, as an
 * analyst's what-ifs, award candidates and calibrations meet it; deleted on {@link #close()}.
 */
final class BenchDatabase implements AutoCloseable {

	final ConfigurableApplicationContext context;

	private final Path folder;

	BenchDatabase(Path root, int employees) {
		try {
			this.folder = Files.createTempDirectory("kinerja-bench");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.context = new SpringApplicationBuilder(KinerjaApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("bench"), "--kinerja.demo.enabled=false",
					"--kinerja.policy.root=" + root, "--kinerja.policy.watch=false", "--spring.main.banner-mode=off",
					"--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR");
		context.getBean(DemoDataWriter.class).write(Workload.REGION, employees, Workload.PERIOD);
	}

	@Override
	public void close() {
		try {
			context.close();
		}
		finally {
			FileSystemUtils.deleteRecursively(folder.toFile());
		}
	}

}
