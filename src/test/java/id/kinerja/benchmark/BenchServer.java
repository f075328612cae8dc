package id.kinerja.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.KinerjaApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The whole app serving HTTP on a free port with the demo data, on a database of its own: an H2 file in a
 * temporary folder, or a PostgreSQL database created on the local server and dropped afterwards.
 */
final class BenchServer implements AutoCloseable {

	/** The local PostgreSQL server of the benchmark, as the tests reach it. */
	static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

	private final ConfigurableApplicationContext context;

	private final Path folder;

	private final String postgresDatabase;

	final String name;

	private BenchServer(String name, ConfigurableApplicationContext context, Path folder, String postgresDatabase) {
		this.name = name;
		this.context = context;
		this.folder = folder;
		this.postgresDatabase = postgresDatabase;
	}

	static BenchServer h2(Path root) {
		try {
			Path folder = Files.createTempDirectory("kinerja-load");
			return new BenchServer("H2", start(root, List.of("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("load"))),
					folder, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** On a new database of the local PostgreSQL server; null where none answers. */
	static BenchServer postgres(Path root) {
		String database = "kinerja_bench_" + ProcessHandle.current().pid();
		try {
			admin("drop database if exists " + database);
			admin("create database " + database);
		}
		catch (SQLException ex) {
			System.out.println("  PostgreSQL not reachable at " + POSTGRES + ": " + ex.getMessage());
			return null;
		}
		return new BenchServer("PostgreSQL", start(root, List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + POSTGRES + database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=")), null, database);
	}

	private static ConfigurableApplicationContext start(Path root, List<String> database) {
		List<String> args = new ArrayList<>(database);
		args.addAll(List.of("--server.port=0", "--kinerja.demo.enabled=true", "--kinerja.policy.root=" + root,
				"--kinerja.policy.watch=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.flywaydb=ERROR"));
		return new SpringApplicationBuilder(KinerjaApplication.class).run(args.toArray(String[]::new));
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	String base() {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
		if (folder != null) {
			FileSystemUtils.deleteRecursively(folder.toFile());
		}
		if (postgresDatabase != null) {
			try {
				admin("drop database if exists " + postgresDatabase);
			}
			catch (SQLException ex) {
				System.out.println("  could not drop " + postgresDatabase + ": " + ex.getMessage());
			}
		}
	}

}
