package id.kinerja.whatif;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.http.HttpStatus.ACCEPTED;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/** What-ifs over real HTTP on the demo data, checked against the official results of the same data. */
@ApiTest
class WhatIfApiTests {

	private static final String WHATIF = "/api/v1/whatif";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Http http;

	@BeforeEach
	void signIn() {
		http = new Http(client).as("makassar.analis");
	}

	@Test
	void aWhatIfWithNoChangeMovesNobody() {
		JsonNode view = http.post(WHATIF + "?wait=30", Map.of("region", "makassar", "period", "2025"), CREATED);

		JsonNode summary = view.path("summary");
		assertThat(summary.path("evaluated").asInt()).isEqualTo(employees("makassar"));
		assertThat(summary.path("changed").asInt()).isZero();
		assertThat(summary.path("migration")).allSatisfy(
				move -> assertThat(move.path("from").asString()).isEqualTo(move.path("to").asString()));
		assertThat(view.path("changes").path("totalElements").asInt()).isZero();
		assertThat(view.path("provenance").path("draftVersion").asString())
			.isEqualTo(view.path("provenance").path("activeVersion").asString());
	}

	@Test
	void aStricterAwardThresholdTakesTheAwardFromExactlyThoseBelowItAndLeavesTheOfficialResultsAlone() {
		long run = http.post("/api/v1/evaluations", Map.of("region", "makassar", "period", "2025"), CREATED)
			.path("id")
			.asLong();
		Set<String> expected = new TreeSet<>(jdbc.sql("""
				select nip from evaluation_result
				where run_id = ? and awards like '%"PEGAWAI_TELADAN"%' and work_score < 120""")
			.param(run)
			.query(String.class)
			.list());
		String officialBefore = official(run);
		int runsBefore = runs();

		JsonNode view = http.post(WHATIF + "?wait=30", Map.of("region", "makassar", "period", "2025", "name",
				"teladan 120", "overrides", Map.of("pegawai-teladan.capaian-minimal", 120)), CREATED);

		long id = view.path("id").asLong();
		JsonNode whatIf = view;
		assertThat(expected).isNotEmpty();
		assertThat(whatIf.path("summary").path("changed").asInt()).isEqualTo(expected.size());
		assertThat(nips(id)).isEqualTo(expected);
		assertThat(whatIf.path("summary").path("migration")).allSatisfy(
				move -> assertThat(move.path("from").asString()).isEqualTo(move.path("to").asString()));
		JsonNode teladan = award(whatIf, "PEGAWAI_TELADAN");
		assertThat(teladan.path("lost").asInt()).isEqualTo(expected.size());
		assertThat(teladan.path("gained").asInt()).isZero();
		assertThat(teladan.path("before").asInt() - teladan.path("after").asInt()).isEqualTo(expected.size());
		assertThat(whatIf.path("provenance").path("overrides").path("pegawai-teladan.capaian-minimal").asDouble())
			.isEqualTo(120);
		assertThat(official(run)).isEqualTo(officialBefore);
		assertThat(runs()).isEqualTo(runsBefore);
	}

	/**
	 * What-ifs wait and run on the engine's background queue, official runs on their own: with the one
	 * background thread held by a what-if whose reading is stopped, and a second what-if waiting behind it,
	 * an official run still finishes.
	 */
	@Test
	void anOfficialRunFinishesWhileWhatIfsHoldAndFillTheirQueue(@Autowired AppraisalFacts facts) {
		CountDownLatch release = new CountDownLatch(1);
		doAnswer(call -> {
			release.await(60, TimeUnit.SECONDS);
			return call.callRealMethod();
		}).when(facts).load(anyString(), any(), anyString(), any(BatchSink.class));
		try {
			long running = http.post(WHATIF + "?wait=0", Map.of("region", "makassar", "period", "2025"), ACCEPTED)
				.path("id").asLong();
			await().atMost(Duration.ofSeconds(60)).until(() -> status(running).equals("RUNNING"));
			long waiting = http.post(WHATIF + "?wait=0", Map.of("region", "makassar", "period", "2025"), ACCEPTED)
				.path("id").asLong();

			JsonNode run = http.post("/api/v1/evaluations", Map.of("region", "makassar", "period", "2025"), CREATED);

			assertThat(run.path("employees").asInt()).isEqualTo(employees("makassar"));
			assertThat(status(running)).isEqualTo("RUNNING");
			assertThat(status(waiting)).isEqualTo("QUEUED");
			release.countDown();
			await().atMost(Duration.ofSeconds(120)).until(() -> status(waiting).equals("DONE"));
			assertThat(status(running)).isEqualTo("DONE");
		}
		finally {
			release.countDown();
		}
	}

	private String status(long whatIf) {
		return http.get(WHATIF + "/" + whatIf, OK).path("status").asString();
	}

	@Test
	void eachSideOfAWhatIfCarriesTheCurveLimitsOfItsOwnPolicy() {
		JsonNode view = http.post(WHATIF + "?wait=30", Map.of("region", "makassar", "agencies", List.of("dpu"), "period",
				"2025", "overrides", Map.of("kurva.baik.baik.maksimal", 50)), CREATED);

		JsonNode agency = view.path("agencies").path(0);
		assertThat(agency.path("limitsBefore").path("kurva.baik.baik.maksimal").asDouble()).isEqualTo(70);
		assertThat(agency.path("limitsAfter").path("kurva.baik.baik.maksimal").asDouble()).isEqualTo(50);
	}

	@Test
	void aChangedWeightInADraftFileMovesEmployeesWithTheRulesThatMadeTheDifference() throws IOException {
		String parameters = Files.readString(Path.of("policies/makassar/parameters.yml"))
			.replace("perilaku.bobot.atasan: 50", "perilaku.bobot.atasan: 20")
			.replace("perilaku.bobot.diri: 20", "perilaku.bobot.diri: 50");

		JsonNode view = http.post(WHATIF + "?wait=30", Map.of("region", "makassar", "agencies", List.of("dinkes"),
				"period", "2025", "files", Map.of("policies/makassar/parameters.yml", parameters)), CREATED);

		JsonNode summary = view.path("summary");
		assertThat(summary.path("changed").asInt()).isPositive();
		assertThat(summary.path("evaluated").asInt()).isEqualTo(employees("makassar", "dinkes"));
		int moved = 0;
		for (JsonNode move : summary.path("migration")) {
			moved += move.path("from").asString().equals(move.path("to").asString()) ? 0 : move.path("count").asInt();
		}
		assertThat(moved).isPositive().isLessThanOrEqualTo(summary.path("changed").asInt());
		assertThat(view.path("agencies")).singleElement()
			.satisfies(agency -> assertThat(agency.path("agency").asString()).isEqualTo("dinkes"));
		JsonNode first = view.path("changes").path("content").path(0);
		assertThat(first.path("agency").asString()).isEqualTo("dinkes");
		assertThat(first.path("before")).isNotEqualTo(first.path("after"));
	}

	@Test
	void aDraftThatDoesNotValidateAndBadOverridesAreRefusedNamingTheProblem() {
		JsonNode broken = http.post(WHATIF, Map.of("region", "makassar", "period", "2025", "files",
				Map.of("policies/makassar/makassar.drl", "rule \"x\"\nwhen\n    Employee( \nthen\nend\n")),
				UNPROCESSABLE_CONTENT);
		assertThat(broken.path("problems")).isNotEmpty().allSatisfy(problem -> {
			assertThat(problem.path("file").asString()).isEqualTo("policies/makassar/makassar.drl");
			assertThat(problem.path("line").asInt()).isPositive();
		});
		JsonNode overrides = http.post(WHATIF, Map.of("region", "makassar", "period", "2025", "overrides",
				Map.of("pegawai-teladan.capaian-minimal", 500, "tidak.ada", 1)), UNPROCESSABLE_CONTENT);
		assertThat(overrides.path("errors").toString()).contains("overrides.pegawai-teladan.capaian-minimal",
				"overrides.tidak.ada");
		http.post(WHATIF, Map.of("region", "makassar", "period", "2031"), NOT_FOUND);
		http.post(WHATIF, Map.of("region", "makassar", "agencies", List.of("atlantis"), "period", "2025"),
				NOT_FOUND);
	}

	@Test
	void anAnalystOfMedanCanNeitherRunNorReadAWhatIfOfMakassar() {
		long id = http.post(WHATIF + "?wait=30", Map.of("region", "makassar", "agencies", List.of("dpu"), "period", "2025"), CREATED)
			.path("id")
			.asLong();
		Http medan = http.as("medan.analis");

		medan.post(WHATIF, Map.of("region", "makassar", "period", "2025"), FORBIDDEN);
		// another region's what-if answers as an unknown one
		medan.get(WHATIF + "/" + id, NOT_FOUND);
		medan.get(WHATIF + "/" + id + "/changes", NOT_FOUND);
		assertThat(medan.get(WHATIF, OK).toString()).doesNotContain("\"region\":\"makassar\"");
	}

	@Test
	void theAnswersBefore02StayForOneReleaseWithShapeLegacy() {
		long id = http.post(WHATIF + "?wait=30&shape=legacy", Map.of("region", "makassar", "agencies", List.of("dpu"),
				"period", "2025"), CREATED).path("whatIf").path("id").asLong();

		JsonNode legacy = http.get(WHATIF + "/" + id + "?shape=legacy", OK);
		assertThat(legacy.path("whatIf").path("id").asLong()).isEqualTo(id);
		assertThat(legacy.path("changes").path("content").isArray()).isTrue();
		assertThat(http.get(WHATIF + "?shape=legacy", OK).isArray()).isTrue();
		JsonNode current = http.get(WHATIF + "/" + id, OK);
		assertThat(current.path("id").asLong()).isEqualTo(id);
		assertThat(current.path("changes").path("sort").asString()).isEqualTo("nip,asc");
		assertThat(http.get(WHATIF, OK).path("content").valueStream().map(listed -> listed.path("id").asLong()))
			.contains(id);
	}

	@Test
	void aLongWhatIfAnswersWithItsProgressAndFinishesInTheBackground() {
		JsonNode started = http.post(WHATIF + "?wait=0",
				Map.of("region", "makassar", "period", "2025", "overrides", Map.of("pegawai-teladan.capaian-minimal", 118)),
				ACCEPTED);
		long id = started.path("id").asLong();
		assertThat(started.path("total").asInt()).isEqualTo(employees("makassar"));

		await().atMost(Duration.ofSeconds(60))
			.until(() -> http.get(WHATIF + "/" + id, OK).path("status").asString().equals("DONE"));
		JsonNode done = http.get(WHATIF + "/" + id, OK);
		assertThat(done.path("done").asInt()).isEqualTo(done.path("total").asInt());
		JsonNode rerun = http.post(WHATIF + "/" + id + "/rerun", Map.of(), CREATED);
		assertThat(rerun.path("summary").path("changed").asInt())
			.isEqualTo(done.path("summary").path("changed").asInt());
	}

	@Test
	void changedEmployeesArePagedAndExportedAsCsvAndXlsxWithTheSameRows() throws IOException {
		JsonNode view = http.post(WHATIF + "?wait=30", Map.of("region", "makassar", "period", "2025", "overrides",
				Map.of("pegawai-teladan.capaian-minimal", 116)), CREATED);
		long id = view.path("id").asLong();
		int changed = view.path("summary").path("changed").asInt();
		assertThat(changed).isGreaterThan(2);

		JsonNode page = http.get(WHATIF + "/" + id + "/changes?size=2&page=1", OK);
		assertThat(page.path("content")).hasSize(2);
		assertThat(page.path("totalElements").asInt()).isEqualTo(changed);
		JsonNode moved = http.get(WHATIF + "/" + id + "/changes?moved=true&size=500", OK);
		int moves = view.path("summary").path("migration").valueStream()
			.filter(m -> !m.path("from").equals(m.path("to"))).mapToInt(m -> m.path("count").asInt()).sum();
		assertThat(moved.path("totalElements").asInt()).isEqualTo(moves);
		moved.path("content").forEach(change -> assertThat(change.path("before").path("predikat"))
			.isNotEqualTo(change.path("after").path("predikat")));

		String csv = new String(bytes(WHATIF + "/" + id + "/export?format=csv"), StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(records).hasSize(changed);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(WHATIF + "/" + id + "/export?format=xlsx")))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(changed);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(records.get(0).get("nip"));
		}
		http.get(WHATIF + "/" + id + "/export?format=pdf", BAD_REQUEST);
	}

	private byte[] bytes(String uri) {
		return client.get()
			.uri(uri)
			.headers(headers -> headers.setBasicAuth("makassar.analis", "makassar.analis"))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody();
	}

	private Set<String> nips(long id) {
		Set<String> nips = new TreeSet<>();
		for (int page = 0;; page++) {
			JsonNode changes = http.get(WHATIF + "/" + id + "/changes?size=500&page=" + page, OK);
			changes.path("content").forEach(change -> nips.add(change.path("nip").asString()));
			if (changes.path("content").size() < 500) {
				return nips;
			}
		}
	}

	private static JsonNode award(JsonNode whatIf, String code) {
		for (JsonNode award : whatIf.path("awards")) {
			if (award.path("code").asString().equals(code)) {
				return award;
			}
		}
		throw new AssertionError("no award " + code + " in " + whatIf.path("awards"));
	}

	private String official(long run) {
		return jdbc.sql("select count(*) || ':' || sum(length(awards) + length(coalesce(predikat, ''))) from evaluation_result where run_id = ?")
			.param(run)
			.query(String.class)
			.single();
	}

	private int runs() {
		return jdbc.sql("select count(*) from evaluation_run").query(Integer.class).single();
	}

	private int employees(String region, String... agency) {
		List<Object> params = new ArrayList<>(List.of(region));
		params.addAll(List.of(agency));
		return jdbc.sql("select count(*) from employee e join agency a on a.id = e.agency_id where a.region_id = ?"
				+ (agency.length == 0 ? "" : " and a.code = ?"))
			.params(params)
			.query(Integer.class)
			.single();
	}

}
