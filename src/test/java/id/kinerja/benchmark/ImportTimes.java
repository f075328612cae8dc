package id.kinerja.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.KinerjaApplication;
import id.kinerja.appraisal.PeriodAdministration;
import id.kinerja.imports.ImportKind;
import id.kinerja.imports.ImportMode;
import id.kinerja.imports.ImportRequest;
import id.kinerja.imports.ImportResult;
import id.kinerja.imports.Imports;
import id.kinerja.imports.UploadedFile;
import id.kinerja.staff.RegionAdministration;
import id.kinerja.staff.RegionKind;
import id.kinerja.staff.RegionRequest;
import id.kinerja.staff.TimeZoneName;
import id.kinerja.support.AsAdmin;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Imports a city's files into an empty database through the import service, as the API does: agencies,
 * then staff, SKP lines and behaviour forms, each checked in a dry run and then applied; into an H2 file
 * database and, where one is reachable, a PostgreSQL database of its own (created and dropped here).
 */
final class ImportTimes {

	/** One kind's dry run and apply. */
	record Step(String kind, int rows, double dryRun, double apply) {
	}

	/** {@code peakHeap}: the sum of the heap pools' peaks (an upper bound); {@code sampledPeak}: the most in use at once, sampled every 10 ms. */
	record Result(String database, List<Step> steps, double applyTotal, long peakHeap, long sampledPeak) {
	}

	private static final String PG = System.getProperty("kinerja.bench.pg", "127.0.0.1:5432");

	private ImportTimes() {
	}

	static Result h2(Path root, ImportFiles files, HeapPeaks heap) {
		Path folder = temporary();
		try {
			return measure("H2 file", root, files, heap, "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("bench"));
		}
		finally {
			FileSystemUtils.deleteRecursively(folder.toFile());
		}
	}

	/** Null where no PostgreSQL server answers. */
	static Result postgres(Path root, ImportFiles files, HeapPeaks heap) {
		String database = "kinerja_bench_" + ProcessHandle.current().pid();
		if (!admin("create database " + database)) {
			return null;
		}
		try {
			return measure("PostgreSQL", root, files, heap,
					"--spring.datasource.url=jdbc:postgresql://" + PG + "/" + database + "?reWriteBatchedInserts=true",
					"--spring.datasource.username=postgres", "--spring.datasource.password=");
		}
		finally {
			admin("drop database if exists " + database + " with (force)");
		}
	}

	private static Result measure(String name, Path root, ImportFiles files, HeapPeaks heap, String... database) {
		List<String> args = new ArrayList<>(List.of(database));
		args.addAll(List.of("--kinerja.demo.enabled=false", "--kinerja.policy.root=" + root,
				"--kinerja.policy.watch=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.flywaydb=ERROR"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KinerjaApplication.class)
			.web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new))) {
			return AsAdmin.call("bench", () -> {
				// makassar has a policy folder: the new region takes it, nothing is written into the repository
				context.getBean(RegionAdministration.class)
					.create(new RegionRequest(Workload.REGION, "7371", "Kota Makassar", RegionKind.KOTA, null,
							TimeZoneName.WITA));
				context.getBean(PeriodAdministration.class).open(Workload.PERIOD);
				Imports imports = context.getBean(Imports.class);
				run(imports, ImportKind.OPD, files.opd, false);
				heap.reset();
				HeapSampler sampler = HeapSampler.begin();
				List<Step> steps = new ArrayList<>();
				double total = 0;
				for (Map.Entry<ImportKind, Path> file : List.of(Map.entry(ImportKind.PEGAWAI, files.staff),
						Map.entry(ImportKind.SKP, files.skp), Map.entry(ImportKind.PERILAKU, files.forms))) {
					long start = System.nanoTime();
					ImportResult dry = run(imports, file.getKey(), file.getValue(), true);
					double dryRun = seconds(start);
					start = System.nanoTime();
					run(imports, file.getKey(), file.getValue(), false);
					double apply = seconds(start);
					total += apply;
					steps.add(new Step(file.getKey().code(), dry.rows(), dryRun, apply));
				}
				return new Result(name, steps, total, heap.peak(), sampler.end());
			});
		}
	}

	/** The heap in use, read every 10 ms on a thread of its own: the highest reading. */
	private static final class HeapSampler implements Runnable {

		private final java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();

		private volatile boolean running = true;

		private volatile long highest;

		static HeapSampler begin() {
			HeapSampler sampler = new HeapSampler();
			Thread thread = new Thread(sampler, "heap-sampler");
			thread.setDaemon(true);
			thread.start();
			return sampler;
		}

		@Override
		public void run() {
			while (running) {
				highest = Math.max(highest, memory.getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		long end() {
			running = false;
			return highest;
		}

	}

	private static ImportResult run(Imports imports, ImportKind kind, Path file, boolean dryRun) {
		try (InputStream in = Files.newInputStream(file);
				UploadedFile upload = UploadedFile.receive(in, file.getFileName().toString(), Long.MAX_VALUE)) {
			ImportResult result = imports.run(new ImportRequest(Workload.REGION, kind, ImportMode.UPSERT, dryRun, null),
					upload, Locale.ENGLISH, rows -> {
					});
			if (result.created() + result.unchanged() != result.rows()) {
				throw new IllegalStateException(kind + ": " + result);
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean admin(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + PG + "/postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
			return true;
		}
		catch (SQLException ex) {
			System.out.println("  PostgreSQL at " + PG + " not used: " + ex.getMessage());
			return false;
		}
	}

	private static Path temporary() {
		try {
			return Files.createTempDirectory("kinerja-bench");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
