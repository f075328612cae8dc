package id.kinerja.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twenty analysts of two regions at once, for a minute, over HTTP with personal API tokens: official runs, what-ifs, previews, result
 * pages and exports, each user picking the next request at random (the same seed every time). Latencies go
 * to one HdrHistogram per kind of request. Afterwards every accepted run is checked: stored once, with the
 * same results as a run of its region alone.
 *
 * JMeter's Java DSL and Gatling were tried first; both bring their own logging binding, Caffeine 2 and a
 * Scala or Swing runtime onto the test class path beside Spring Boot's, so the users here are plain threads
 * with Java's HTTP client, and the figures come from HdrHistogram.
 */
final class LoadTest {

	static final int USERS = 20;

	private static final String[] REGIONS = { "makassar", "medan" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A kind of request: its weight among the requests users make, and whether it only reads. */
	enum Kind {

		RUN(1, false), WHAT_IF(1, false), PREVIEW(3, false), RESULTS(8, true), EXPLANATION(4, true), EXPORT(2, true),
		LIST(3, true);

		final int weight;

		final boolean read;

		Kind(int weight, boolean read) {
			this.weight = weight;
			this.read = read;
		}

	}

	/** What one kind of request saw. */
	record KindResult(Kind kind, long count, long refused, long errors, double p50, double p95, double p99) {
	}

	record Result(String database, Duration length, List<KindResult> kinds, int runsAccepted, int runsStored,
			int runsDiffering, double runEmployeesPerSecond, List<String> errorSamples) {

		double readP99() {
			return kinds.stream().filter(k -> k.kind().read).mapToDouble(KindResult::p99).max().orElse(0);
		}

		long errors() {
			return kinds.stream().mapToLong(KindResult::errors).sum();
		}

	}

	private final BenchServer server;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Map<Kind, Histogram> latencies = new ConcurrentHashMap<>();

	private final Map<Kind, LongAdder> refused = new ConcurrentHashMap<>();

	private final Map<Kind, LongAdder> errors = new ConcurrentHashMap<>();

	private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();

	/** Accepted runs: a region and its job id, or its run id (run:…) where it was written at once. */
	private final Queue<String[]> acceptedJobs = new ConcurrentLinkedQueue<>();

	private final Map<String, Long> baselineRuns = new TreeMap<>();

	private final Map<String, String> tokens = new TreeMap<>();

	private LoadTest(BenchServer server) {
		this.server = server;
		for (Kind kind : Kind.values()) {
			latencies.put(kind, new ConcurrentHistogram(3));
			refused.put(kind, new LongAdder());
			errors.put(kind, new LongAdder());
		}
	}

	static Result run(BenchServer server, Duration length) {
		return new LoadTest(server).load(length);
	}

	private Result load(Duration length) {
		for (String region : REGIONS) {
			JsonNode issued = send(basic(region), "POST", "/api/v1/account/tokens",
					Map.of("name", "uji beban", "validDays", 1));
			tokens.put(region, "Bearer " + issued.path("secret").asString());
		}
		for (String region : REGIONS) {
			JsonNode run = send(analyst(region), "POST", "/api/v1/evaluations?wait=600",
					Map.of("region", region, "period", "2025"));
			baselineRuns.put(region, run.path("id").asLong());
		}
		long deadline = System.nanoTime() + length.toNanos();
		ExecutorService users = Executors.newFixedThreadPool(USERS);
		for (int user = 0; user < USERS; user++) {
			int seed = user;
			users.execute(() -> user(new Random(seed), REGIONS[seed % REGIONS.length], deadline));
		}
		users.shutdown();
		awaitQuietly(users, length.plusMinutes(5));
		long started = System.nanoTime();
		Checked checked = checkRuns();
		double runSeconds = (System.nanoTime() - started) / 1e9;
		List<KindResult> kinds = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			Histogram h = latencies.get(kind);
			kinds.add(new KindResult(kind, h.getTotalCount(), refused.get(kind).sum(), errors.get(kind).sum(),
					h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
					h.getValueAtPercentile(99) / 1000.0));
		}
		return new Result(server.name, length, kinds, acceptedJobs.size(), checked.stored, checked.differing,
				checked.employees / Math.max(0.001, length.toSeconds() + runSeconds),
				errorSamples.stream().limit(5).toList());
	}

	/** One analyst: picks a kind of request by weight, sends it, and goes on until the deadline. */
	private void user(Random random, String region, long deadline) {
		String auth = analyst(region);
		while (System.nanoTime() < deadline) {
			Kind kind = pick(random);
			long start = System.nanoTime();
			int status;
			try {
				status = request(kind, auth, region, random);
			}
			catch (RuntimeException ex) {
				status = -1;
				errorSamples.add(kind + ": " + ex.getMessage());
			}
			latencies.get(kind).recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
			if (status == 429) {
				refused.get(kind).increment();
			}
			else if (status < 200 || status >= 300) {
				errors.get(kind).increment();
				if (status > 0) {
					errorSamples.add(kind + ": HTTP " + status);
				}
			}
		}
	}

	private int request(Kind kind, String auth, String region, Random random) {
		long run = baselineRuns.get(region);
		return switch (kind) {
			case RUN -> accepted(region,
					call(auth, "POST", "/api/v1/evaluations?wait=0", Map.of("region", region, "period", "2025")));
			case WHAT_IF -> call(auth, "POST", "/api/v1/whatif?wait=0", Map.of("region", region, "period", "2025",
					"overrides", Map.of("hasil-kerja.di-atas.minimal", 100 + random.nextInt(20)))).statusCode();
			case PREVIEW -> call(auth, "POST", "/api/v1/evaluations/preview", preview(region)).statusCode();
			case RESULTS -> call(auth, "GET", "/api/v1/evaluations/" + run + "/results?page=" + random.nextInt(10)
					+ "&size=50", null).statusCode();
			case EXPLANATION -> call(auth, "GET", "/api/v1/evaluations/" + run + "/results?page=" + random.nextInt(20)
					+ "&size=1", null).statusCode();
			case EXPORT -> call(auth, "GET", "/api/v1/evaluations/" + run + "/training-plan?format=csv", null)
				.statusCode();
			case LIST -> call(auth, "GET", "/api/v1/evaluations?region=" + region, null).statusCode();
		};
	}

	private int accepted(String region, HttpResponse<String> response) {
		if (response.statusCode() == 201 || response.statusCode() == 202) {
			JsonNode body = JSON.readTree(response.body());
			acceptedJobs.add(new String[] { region,
					response.statusCode() == 202 ? body.path("id").asString() : "run:" + body.path("id").asLong() });
		}
		return response.statusCode();
	}

	private record Checked(int stored, int differing, long employees) {
	}

	/** Waits for every accepted run and compares its results with its region's run alone. */
	private Checked checkRuns() {
		JdbcClient jdbc = server.bean(JdbcClient.class);
		int stored = 0;
		int differing = 0;
		long employees = 0;
		for (String[] accepted : acceptedJobs) {
			String job = accepted[1];
			long runId = job.startsWith("run:") ? Long.parseLong(job.substring(4)) : awaitRun(accepted[0], job);
			if (runId < 0) {
				continue;
			}
			stored++;
			String region = jdbc.sql("select region_id from evaluation_run where id = ?").param(runId).query(String.class)
				.single();
			employees += jdbc.sql("select employees from evaluation_run where id = ?").param(runId).query(Long.class)
				.single();
			if (!checksum(jdbc, runId).equals(checksum(jdbc, baselineRuns.get(region)))) {
				differing++;
			}
		}
		return new Checked(stored, differing, employees);
	}

	private long awaitRun(String region, String job) {
		for (int i = 0; i < 600; i++) {
			JsonNode view = send(analyst(region), "GET", "/api/v1/evaluations/jobs/" + job, null);
			if (view.isMissingNode() || view.path("status").asString().equals("FAILED")) {
				return -1;
			}
			if (view.path("status").asString().equals("DONE")) {
				return view.path("runId").asLong();
			}
			sleep(500);
		}
		return -1;
	}

	private static String checksum(JdbcClient jdbc, long run) {
		return jdbc.sql("""
				select predikat, count(*), sum(work_score), sum(behaviour_index) from evaluation_result
				where run_id = ? group by predikat order by predikat""").param(run).query().listOfRows().toString();
	}

	private static Map<String, Object> preview(String region) {
		List<Map<String, Object>> employees = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			employees.add(Map.of("nip", "19730314199702200" + (i + 2), "position", "PELAKSANA", "indicators",
					List.of(Map.of("code", "A", "weight", 100, "target", 100, "realisation", 95 + 10 * i,
							"higherIsBetter", true)),
					"behaviour", List.of(Map.of("value", "AKUNTABEL", "assessor", "SUPERVISOR", "score", 4))));
		}
		return Map.of("region", region, "employees", employees);
	}

	private Kind pick(Random random) {
		int total = 0;
		for (Kind kind : Kind.values()) {
			total += kind.weight;
		}
		int at = random.nextInt(total);
		for (Kind kind : Kind.values()) {
			at -= kind.weight;
			if (at < 0) {
				return kind;
			}
		}
		return Kind.LIST;
	}

	/** The region's demo analyst, with a personal API token: no password hash to check on every call. */
	private String analyst(String region) {
		return tokens.get(region);
	}

	/** HTTP Basic as the region's demo analyst (each password is its name), to create its token. */
	private static String basic(String region) {
		String user = region + ".analis";
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	private JsonNode send(String auth, String method, String path, Object body) {
		HttpResponse<String> response = call(auth, method, path, body);
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> call(String auth, String method, String path, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + path))
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", auth)
			.header("Accept", "application/json");
		if (body == null) {
			request.GET();
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void awaitQuietly(ExecutorService executor, Duration limit) {
		try {
			executor.awaitTermination(limit.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
