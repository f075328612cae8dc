package id.kinerja.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import id.kinerja.benchmark.AuthoringTimes.AuthoringTime;
import id.kinerja.benchmark.CompileTimes.CompileTime;
import id.kinerja.benchmark.Throughput.Rate;
import id.kinerja.benchmark.Workload.AgencyGroup;
import id.kinerja.demo.DemoGenerator;
import id.kinerja.policy.BenchmarkAccess;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.ParameterDefinition;
import org.slf4j.LoggerFactory;

/**
 * Measures the Makassar policy: rule evaluation alone against a plain-Java twin (after checking that both
 * conclude the same), compile times, an end-to-end evaluation on H2 and, on request, a streamed million.
 * Timings are reported, never asserted; only a disagreement fails the run (exit code 1).
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.args="100000"
 * MAVEN_OPTS=-Xmx1g ./mvnw -q test-compile exec:java -Dexec.args="100000 --million"
 * </pre>
 * Arguments: the number of employees (default 100,000); {@code --million} adds the streamed phase (also
 * on when the number is 1,000,000 or more; {@code --stream=20000} streams another count, for a quick
 * check); {@code --no-e2e} skips the H2 phase, {@code --e2e-only} runs nothing else; {@code --imports-only} runs
 * the import section alone (H2 and, where reachable, PostgreSQL), {@code --no-imports} leaves it out; {@code
 * --sign-in-only} times only an authenticated API call with a token and with HTTP Basic; {@code --postgres-only}
 * runs only an official run of the given number on PostgreSQL, with one worker process and then two. exec:java runs in Maven's
 * JVM, so the heap limit is MAVEN_OPTS's; the report prints the limit in force.
 */
public final class Benchmark {

	private static final int WARMUP_ROUNDS = 3;

	private static final int ROUNDS = 5;

	private static final int MILLION = 1_000_000;

	private final Options options;

	private final Path root = Path.of("").toAbsolutePath();

	private final HeapPeaks heap = new HeapPeaks();

	private final List<String> verdicts = new ArrayList<>();

	private Benchmark(Options options) {
		this.options = options;
	}

	/**
	 * Run options: employees, how many to stream (0: none), whether to run the H2 phase, or only it, or only
	 * the load test ({@code --load}); whether to run the import section, or only it; or only the sign-in timing.
	 */
	record Options(int employees, int streamed, boolean endToEnd, boolean endToEndOnly, boolean loadOnly,
			boolean imports, boolean importsOnly, boolean signInOnly, boolean postgresOnly) {

		static Options parse(String[] args) {
			int employees = 100_000;
			int streamed = 0;
			boolean endToEnd = true;
			boolean only = false;
			boolean load = false;
			boolean imports = true;
			boolean importsOnly = false;
			boolean signInOnly = false;
			boolean postgres = false;
			for (String arg : args) {
				if (arg.equals("--million")) {
					streamed = MILLION;
				}
				else if (arg.startsWith("--stream=")) {
					streamed = number(arg.substring("--stream=".length()));
				}
				else if (arg.equals("--no-e2e")) {
					endToEnd = false;
				}
				else if (arg.equals("--e2e-only")) {
					only = true;
				}
				else if (arg.equals("--load")) {
					load = true;
				}
				else if (arg.equals("--imports-only")) {
					importsOnly = true;
				}
				else if (arg.equals("--no-imports")) {
					imports = false;
				}
				else if (arg.equals("--sign-in-only")) {
					signInOnly = true;
				}
				else if (arg.equals("--postgres-only")) {
					postgres = true;
				}
				else {
					employees = number(arg);
				}
			}
			return new Options(employees, employees >= MILLION ? Math.max(streamed, employees) : streamed,
					endToEnd || only, only, load, (imports && !only && !load && !signInOnly && !postgres) || importsOnly,
					importsOnly, signInOnly, postgres);
		}

		private static int number(String text) {
			return Integer.parseInt(text.replace("_", "").replace(",", ""));
		}

	}

	public static void main(String[] args) {
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		boolean agree = new Benchmark(Options.parse(args)).run();
		if (!agree) {
			System.exit(1);
		}
	}

	private boolean run() {
		heap.reset();
		machine();
		if (options.signInOnly()) {
			signIn();
			verdicts();
			return true;
		}
		if (options.loadOnly()) {
			load();
			verdicts();
			return true;
		}
		if (options.importsOnly()) {
			imports();
			verdicts();
			return true;
		}
		if (options.postgresOnly()) {
			postgres();
			verdicts();
			return true;
		}
		if (options.endToEndOnly()) {
			endToEnd();
			whatIfAndAnalyst();
			verdicts();
			return true;
		}
		compileTimes();
		authoringTimes();
		CompiledPolicy policy = BenchmarkAccess.compile(root, Workload.REGION);
		startEngineHere(policy);
		PlainJavaMakassar plain = new PlainJavaMakassar();
		parameters(policy, plain);
		boolean agree = evaluation(policy, plain);
		if (options.endToEnd()) {
			endToEnd();
			whatIfAndAnalyst();
		}
		if (options.imports()) {
			imports();
		}
		if (options.streamed() > 0) {
			agree &= million(policy, plain);
		}
		signIn();
		summary(agree);
		return agree;
	}

	/**
	 * exec:java loads the project in its own class loader, which pool threads do not have as context
	 * class loader; Drools finds its runtime through that loader once, on the first session. A first
	 * session on this thread (one employee is one batch, run by the caller) keeps pool threads from failing
	 * with "Missing runtime ... drools-kiesession".
	 */
	private static void startEngineHere(CompiledPolicy policy) {
		DemoGenerator generator = new DemoGenerator(Workload.SEED);
		Workload one = Workload.generate(generator, Workload.agencies(generator), 0, 1);
		AgencyGroup group = one.groups().get(0);
		policy.evaluate(group.agency(), group.employees());
	}

	private void machine() {
		Runtime runtime = Runtime.getRuntime();
		section("Machine");
		System.out.printf("  cores %d, max heap %s, Java %s (%s), employees N = %,d%n", runtime.availableProcessors(),
				HeapPeaks.mib(runtime.maxMemory()), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				options.employees());
		System.out.println("  policy root " + root);
	}

	private void compileTimes() {
		section("4. Compile time per region (cold: first compile of the region in this JVM; warm: median of 3)");
		List<CompileTime> times = CompileTimes.measure(root);
		double coldest = 0;
		for (CompileTime t : times) {
			System.out.printf("  %-14s cold %5.2f s   warm %5.2f s%n", t.region(), t.coldSeconds(), t.warmSeconds());
			coldest = Math.max(coldest, t.coldSeconds());
		}
		System.out.println("  (makassar is compiled first: its cold figure includes the JVM's first use of Drools)");
		verdict(coldest < 3, String.format("compile < 3 s cold: slowest cold compile %.2f s", coldest));
	}

	private void authoringTimes() {
		section("8. Validate and publish a region file's draft (first validation in this JVM; warm: median of 3)");
		double slowest = 0;
		for (AuthoringTime t : AuthoringTimes.measure(root)) {
			System.out.printf("  %-14s validate first %5.2f s   warm %5.2f s   publish and swap warm %5.2f s%n",
					t.region(), t.firstValidate(), t.warmValidate(), t.warmPublish());
			slowest = Math.max(slowest, Math.max(t.warmValidate(), t.warmPublish()));
		}
		verdict(slowest < 1, String.format("validate and publish < 1 s warm: slowest %.2f s", slowest));
	}

	/** The typed-in values of the plain-Java twin against what the compiled policy merged. */
	private static void parameters(CompiledPolicy policy, PlainJavaMakassar plain) {
		List<String> differences = new ArrayList<>();
		for (String agency : new String[] { null, "dinkes", "disdik", "dpu" }) {
			Map<String, ParameterDefinition> merged = policy.parameters(agency);
			plain.scope(agency).parameters().forEach((name, value) -> {
				ParameterDefinition definition = merged.get(name);
				if (definition == null || definition.value() != value) {
					differences.add((agency == null ? "region" : agency) + " " + name + ": policy "
							+ (definition == null ? "none" : definition.value()) + ", plain Java " + value);
				}
			});
		}
		System.out.println(differences.isEmpty()
				? "  parameters: plain Java's values equal the compiled policy's (region, dinkes, disdik, dpu)"
				: "  parameters differ: " + differences);
	}

	private boolean evaluation(CompiledPolicy policy, PlainJavaMakassar plain) {
		section("Workload");
		long start = System.nanoTime();
		DemoGenerator generator = new DemoGenerator(Workload.SEED);
		Workload workload = Workload.generate(generator, Workload.agencies(generator), 0, options.employees());
		System.out.printf("  %,d employees of %s, period %s, %d agencies, generated in %.1f s (setup)%n",
				workload.size(), Workload.REGION, Workload.PERIOD, workload.groups().size(),
				(System.nanoTime() - start) / 1e9);
		boolean agree = agreement(workload, policy, plain);
		speed(workload, policy, plain);
		return agree;
	}

	private static boolean agreement(Workload workload, CompiledPolicy policy, PlainJavaMakassar plain) {
		section("3. Agreement, Drools vs plain Java, every employee");
		Agreement agreement = new Agreement();
		for (AgencyGroup group : workload.groups()) {
			agreement.compare(group.agency(), policy.evaluate(group.agency(), group.employees()),
					plain.evaluate(group.agency(), group.employees()));
		}
		agreement.print("  ");
		return agreement.agree();
	}

	private void speed(Workload workload, CompiledPolicy policy, PlainJavaMakassar plain) {
		Throughput throughput = new Throughput(WARMUP_ROUNDS, ROUNDS);
		Workload warmup = workload.subset(Math.min(workload.size(), 20_000));
		String how = String.format("warm-up %d rounds on %,d, then %d-%d rounds on %,d", WARMUP_ROUNDS,
				warmup.size(), Throughput.MIN_ROUNDS, ROUNDS, workload.size());
		section("1. Rule evaluation alone, Makassar policy, explanation recorded (" + how + ")");
		Map<Integer, Rate> drools = new TreeMap<>();
		for (int threads : threadCounts()) {
			drools.put(threads, throughput.measure(threads, warmup, workload, w -> evaluate(policy, w)));
			System.out.printf("  Drools     %d thread(s): %s%n", threads, drools.get(threads).describe());
		}
		section("2. Plain-Java ceiling, same policy by hand (" + how + ")");
		Map<Integer, Rate> java = new TreeMap<>();
		for (int threads : threadCounts()) {
			java.put(threads, throughput.measure(threads, warmup, workload, w -> evaluate(plain, w)));
			System.out.printf("  plain Java %d thread(s): %s   Drools is %.1fx slower (medians)%n", threads,
					java.get(threads).describe(), java.get(threads).median() / drools.get(threads).median());
		}
		speedVerdicts(drools, java);
	}

	private void speedVerdicts(Map<Integer, Rate> drools, Map<Integer, Rate> java) {
		int most = threadCounts().get(threadCounts().size() - 1);
		double rate = drools.get(most).median();
		verdict(rate >= 100_000, String.format(
				">= 100,000 employees/s with the explanation recorded: %,.0f /s median on %d thread(s)", rate, most));
		double worst = 0;
		for (int threads : drools.keySet()) {
			worst = Math.max(worst, java.get(threads).median() / drools.get(threads).median());
		}
		verdict(worst <= 30, String.format("within 30x of plain Java: worst ratio %.1fx", worst));
	}

	private static List<Integer> threadCounts() {
		int cores = Runtime.getRuntime().availableProcessors();
		return cores > 2 ? List.of(1, 2, cores) : List.of(1, 2);
	}

	private static long evaluate(CompiledPolicy policy, Workload workload) {
		long outcomes = 0;
		for (AgencyGroup group : workload.groups()) {
			outcomes += policy.evaluate(group.agency(), group.employees()).size();
		}
		return outcomes;
	}

	private static long evaluate(PlainJavaMakassar plain, Workload workload) {
		long outcomes = 0;
		for (AgencyGroup group : workload.groups()) {
			outcomes += plain.evaluate(group.agency(), group.employees()).size();
		}
		return outcomes;
	}

	private void whatIfAndAnalyst() {
		try (BenchDatabase database = new BenchDatabase(root, WhatIfTimes.EMPLOYEES)) {
			whatIf(database);
			analyst(database);
			hostileDrafts(database);
		}
	}

	private void whatIf(BenchDatabase database) {
		section(String.format("9. What-if over %,d employees on H2: the same facts under the active policy and a draft"
				+ " (one parameter changed); median of 3 warm rounds", WhatIfTimes.EMPLOYEES));
		WhatIfTimes.Times t = WhatIfTimes.measure(database);
		System.out.printf("  read the facts alone %.2f s; read + active policy %.2f s; read + draft %.2f s%n", t.load(),
				t.active(), t.draft());
		System.out.printf("  what-if (read once, both sides, compare, store %,d changed of %,d): %.2f s%n", t.changed(),
				t.evaluated(), t.whatIf());
		System.out.printf("  read + draft with an edited file, run in a sandbox worker: %.2f s (isolation costs %.2f s"
				+ " over the same rules in the app)%n", t.worker(), t.isolation());
		System.out.printf("  what-if with an edited file (compiled and checked in a worker: %.2f s; then run): %.2f s%n",
				t.prepare(), t.fileWhatIf());
		verdict(t.whatIf() < 3, String.format("what-if of %,d employees < 3 s: %.2f s", WhatIfTimes.EMPLOYEES, t.whatIf()));
		verdict(t.fileWhatIf() < 3, String.format("what-if of %,d employees with an edited file (sandbox) < 3 s: %.2f s",
				WhatIfTimes.EMPLOYEES, t.fileWhatIf()));
	}

	private void hostileDrafts(BenchDatabase database) {
		HostileLoad.Times t = HostileLoad.measure(database);
		section(String.format("11. An official run of %,d employees alone, and while hostile drafts keep every sandbox"
				+ " worker busy (median of 3 each)", t.employees()));
		System.out.printf("  alone %.2f s; with %d hostile validations running at a time (%,d sent, %,d answered"
				+ " meanwhile) %.2f s: %.2fx%n", t.alone(), HostileLoad.ATTACKERS, t.sent(), t.answered(), t.underAttack(),
				t.underAttack() / t.alone());
		verdict(t.underAttack() <= 2 * t.alone(), String.format(
				"an official run under hostile drafts within twice its time alone: %.2fx", t.underAttack() / t.alone()));
	}

	private void analyst(BenchDatabase database) {
		AnalystTimes.Times t = AnalystTimes.measure(database);
		section(String.format("10. After an official run of %,d employees on H2: what an analyst opens (award lists"
				+ " when first found, then kept; the plan median of 3; the run and the calibration once)", t.employees()));
		System.out.printf("  official run %.2f s; award candidates %.2f s (%,d); with near-misses %.2f s (%,d near-misses),"
				+ " kept %.3f s%n", t.run(), t.candidates(), t.candidateCount(), t.nearMisses(), t.nearMissCount(),
				t.nearMissesKept());
		System.out.printf("  training plan %.2f s; calibration proposal %.2f s (%d OPD breaking the curve, %,d moves)%n",
				t.plan(), t.calibration(), t.agenciesCalibrated(), t.moves());
	}

	/** Twenty users of two regions for a minute, on H2 and on the local PostgreSQL server. */
	private void load() {
		try (BenchServer h2 = BenchServer.h2(root)) {
			load(h2);
		}
		BenchServer postgres = BenchServer.postgres(root);
		if (postgres != null) {
			try (postgres) {
				load(postgres);
			}
		}
	}

	private void load(BenchServer server) {
		LoadTest.Result result = LoadTest.run(server, Duration.ofSeconds(60));
		section(String.format("12. Load on %s: %d users of two regions for %d s (official runs, what-ifs, previews,"
				+ " result pages, exports)", result.database(), LoadTest.USERS, result.length().toSeconds()));
		System.out.printf("  %-12s %7s %6s %6s %9s %9s %9s%n", "request", "count", "429", "errors", "p50 ms",
				"p95 ms", "p99 ms");
		for (LoadTest.KindResult k : result.kinds()) {
			System.out.printf("  %-12s %,7d %,6d %,6d %,9.0f %,9.0f %,9.0f%n", k.kind(), k.count(), k.refused(),
					k.errors(), k.p50(), k.p95(), k.p99());
		}
		System.out.printf("  runs accepted %d, stored %d, with results other than the run alone %d; %,.0f employees"
				+ " evaluated and stored per second%n", result.runsAccepted(), result.runsStored(),
				result.runsDiffering(), result.runEmployeesPerSecond());
		result.errorSamples().forEach(sample -> System.out.println("  error: " + sample));
		verdict(result.errors() == 0, result.database() + ": no errors other than 429: " + result.errors());
		verdict(result.readP99() < 1000, String.format("%s: reads p99 < 1 s: %.0f ms", result.database(),
				result.readP99()));
		verdict(result.runsStored() == result.runsAccepted() && result.runsDiffering() == 0, String.format(
				"%s: every accepted run stored once, as alone: %d of %d, %d differing", result.database(),
				result.runsStored(), result.runsAccepted(), result.runsDiffering()));
	}

	private void endToEnd() {
		section("5. End to end on H2 (file database): load + evaluate + check curves + persist");
		EndToEnd.Result result = EndToEnd.run(root, options.employees());
		double per100k = result.evaluationSeconds() * 100_000 / options.employees();
		System.out.printf("  setup: Spring context %.1f s, writing %,d employees %.1f s%n", result.startSeconds(),
				options.employees(), result.setupSeconds());
		System.out.printf("  Evaluations.run(makassar, all agencies, 2025): %.1f s for %,d (%,.0f /s)%n",
				result.evaluationSeconds(), options.employees(), options.employees() / result.evaluationSeconds());
		System.out.println("  run: " + result.run());
		System.out.println("  results: " + result.results());
		verdict(per100k < 20, String.format("100,000 end to end < 20 s: %.1f s per 100,000%s", per100k,
				options.employees() == 100_000 ? "" : " (scaled from N)"));
	}

	private void imports() {
		int employees = options.employees();
		section(String.format("13. Import into an empty database: %,d employees with five SKP lines and three behaviour"
				+ " forms each, dry run then apply per file (semicolon CSV)", employees));
		long start = System.nanoTime();
		ImportFiles files = ImportFiles.write(employees, Workload.PERIOD);
		try {
			System.out.printf("  files written in %.1f s (setup): %,d bytes%n", (System.nanoTime() - start) / 1e9,
					files.bytes());
			for (ImportTimes.Result result : new ImportTimes.Result[] { ImportTimes.h2(root, files, heap),
					ImportTimes.postgres(root, files, heap) }) {
				if (result == null) {
					continue;
				}
				for (ImportTimes.Step step : result.steps()) {
					System.out.printf("  %-10s %-8s %,9d rows: dry run %5.1f s, apply %5.1f s (%,.0f rows/s)%n",
							result.database(), step.kind(), step.rows(), step.dryRun(), step.apply(),
							step.rows() / step.apply());
				}
				System.out.printf("  %-10s apply of the three files %.1f s; heap in use at most %s (sampled every 10 ms),"
						+ " sum of pool peaks %s (limit %s)%n", result.database(), result.applyTotal(),
						HeapPeaks.mib(result.sampledPeak()), HeapPeaks.mib(result.peakHeap()),
						HeapPeaks.mib(Runtime.getRuntime().maxMemory()));
				if (result.database().equals("PostgreSQL")) {
					verdict(result.applyTotal() < 30, String.format("import apply < 30 s on PostgreSQL: %.1f s",
							result.applyTotal()));
				}
				verdict(result.sampledPeak() < 512L * 1024 * 1024, String.format(
						"import peak heap < 512 MiB on %s: %s in use at most (the sum of pool peaks, an upper bound: %s)",
						result.database(), HeapPeaks.mib(result.sampledPeak()), HeapPeaks.mib(result.peakHeap())));
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(files.folder.toFile());
		}
	}

	private void signIn() {
		section(String.format("14. Authenticated GET /api/v1/regions over HTTP, one after the other (%,d warm-up, %,d"
				+ " measured each)", SignInTimes.WARMUP, SignInTimes.MEASURED));
		SignInTimes.Times t = SignInTimes.measure(root);
		System.out.printf("  personal API token (SHA-256, one read): median %.2f ms, p90 %.2f ms%n", t.tokenMedian(),
				t.tokenP90());
		System.out.printf("  HTTP Basic (BCrypt on every call):      median %.2f ms, p90 %.2f ms%n", t.basicMedian(),
				t.basicP90());
		verdict(t.tokenMedian() < 5, String.format("token-signed call < 5 ms: median %.2f ms (HTTP Basic %.2f ms)",
				t.tokenMedian(), t.basicMedian()));
	}

	private void postgres() {
		int employees = options.employees();
		section(String.format("15. An official run of %,d employees end to end on PostgreSQL: partitions of %s on the job"
				+ " engine, one worker process, then two", employees, "kinerja.jobs.partition-size"));
		PostgresScale.Result r = PostgresScale.measure(root, employees);
		if (r == null) {
			verdict(false, "PostgreSQL run: no server reachable");
			return;
		}
		System.out.printf("  demo data written in %.1f s%n", r.write());
		System.out.printf("  one process:  %.1f s, %,.0f employees/s%n", r.oneProcess(), employees / r.oneProcess());
		System.out.printf("  two processes: %.1f s, %,.0f employees/s (workers %s)%n", r.twoProcesses(),
				employees / r.twoProcesses(), r.workers());
		System.out.printf("  results alike: %s (%s / %s)%n", r.checksumOne().equals(r.checksumTwo()), r.checksumOne(),
				r.checksumTwo());
		System.out.printf("  peak heap in the runs: first process %s (sum of pool peaks, limit %s), second %s (GC log, limit 1 GiB)%n",
				HeapPeaks.mib(r.heapFirst()), HeapPeaks.mib(Runtime.getRuntime().maxMemory()),
				HeapPeaks.mib(r.heapSecond()));
		System.out.println("  plans of the reads on the results (EXPLAIN ANALYZE):");
		r.plans().forEach(line -> System.out.println("    " + line));
		verdict(r.oneProcess() < 180, String.format("%,d on PostgreSQL < 3 min with one process: %.1f s", employees,
				r.oneProcess()));
		verdict(r.checksumOne().equals(r.checksumTwo()) && r.workers().size() == 2,
				"the same results with one process and with two, both of which wrote partitions: " + r.workers());
		verdict(r.heapSecond() < 1024L * 1024 * 1024, "worker process peak heap < 1 GiB: " + HeapPeaks.mib(r.heapSecond()));
	}

	private boolean million(CompiledPolicy policy, PlainJavaMakassar plain) {
		int employees = options.streamed();
		section(String.format("6. %,d employees streamed, %,d per chunk, checked against plain Java", employees,
				Million.CHUNK));
		Agreement agreement = new Agreement();
		Million.Result result = Million.run(employees, policy, plain, agreement, heap);
		System.out.printf("  %,.0f employees/s generate + evaluate (%.1f s); Drools evaluation alone %,.0f /s%n",
				result.rate(), result.seconds(), result.evaluationRate());
		System.out.printf("  peak heap in the phase %s (sum of heap pool peaks), live after the phase %s, limit %s%n",
				HeapPeaks.mib(result.peakHeap()), HeapPeaks.mib(result.liveAfter()),
				HeapPeaks.mib(Runtime.getRuntime().maxMemory()));
		agreement.print("  ");
		verdict(result.peakHeap() < 1024 * 1024 * 1024L, String.format("%,d with peak heap < 1 GiB: %s (limit %s)",
				employees, HeapPeaks.mib(result.peakHeap()), HeapPeaks.mib(Runtime.getRuntime().maxMemory())));
		return agreement.agree();
	}

	private void summary(boolean agree) {
		section("7. Peak heap of the whole run");
		System.out.printf("  %s (sum of heap pool peaks; max heap %s)%n", HeapPeaks.mib(heap.peakOfRun()),
				HeapPeaks.mib(Runtime.getRuntime().maxMemory()));
		verdicts();
		System.out.println("  " + (agree ? "AGREE" : "DISAGREE") + ": Drools and plain Java conclusions");
	}

	private void verdicts() {
		section("Verdicts");
		verdicts.forEach(v -> System.out.println("  " + v));
	}

	private void verdict(boolean met, String line) {
		verdicts.add((met ? "MET    " : "MISSED ") + line);
	}

	private static void section(String title) {
		System.out.println();
		System.out.println("== " + title);
	}

}
