package id.kinerja.recommendation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.kinerja.policy.fact.CoreValue;
import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;

/** The course catalogue, training needs and the training plan with its exports, over HTTP on demo data. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingApiTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	RestTestClient client;

	Http http;

	/** Medan, whole region, 2025: its rules add public-service and career trainings. */
	long medan;

	@BeforeAll
	void runMedan() {
		http = new Http(client);
		medan = http.post("/api/v1/evaluations", Map.of("region", "medan", "period", "2025"), CREATED)
			.get("id")
			.asLong();
	}

	@Test
	void everyTrainingTheRuleFilesGiveHasACourse() throws IOException {
		JsonNode courses = http.as("medan.analis").get("/api/v1/courses", OK);

		Set<String> answered = new TreeSet<>();
		courses.forEach(course -> course.get("needs").forEach(need -> answered.add(need.asString())));
		assertThat(answered).containsAll(trainingCodesOfTheRuleFiles());
		List<Integer> priorities = courses.valueStream().map(c -> c.get("priority").asInt()).toList();
		assertThat(priorities).isSorted();
		assertThat(courses.valueStream().map(c -> c.get("name").asString())).contains(
				"Pelatihan Pelayanan Publik Prima", "Literasi Digital dan Keamanan Informasi",
				"Pedagogi dan Asesmen Pembelajaran", "Coaching dan Mentoring Kinerja");
	}

	@Test
	void eachEmployeesNeedsAreTheStoredTrainingsMappedToTheirMostUrgentCourse() {
		JsonNode page = http.as("medan.analis").get(trainings("?size=500"), OK);
		Map<String, JsonNode> catalogue = catalogue();

		assertThat(page.get("totalElements").asInt()).isPositive();
		for (JsonNode employee : page.get("content")) {
			JsonNode stored = http.get("/api/v1/evaluations/" + medan + "/results/" + employee.get("nip").asString(), OK);
			assertThat(employee.get("needs").valueStream().map(n -> n.get("code").asString()))
				.containsExactlyElementsOf(stored.get("trainings").valueStream().map(t -> t.get("code").asString()).toList());
			double missing = stored.get("developmentGap").isNull() ? 0 : stored.get("developmentGap").asDouble();
			assertThat(employee.at("/jp/missing").asDouble()).isEqualTo(missing);
			for (JsonNode need : employee.get("needs")) {
				assertThat(need.at("/rule/file").asString()).endsWith(".drl");
				assertThat(need.get("reason").asString()).isNotBlank();
				assertThat(need.get("options")).allSatisfy(option -> assertThat(
						catalogue.get(option.get("code").asString()).get("needs").valueStream().map(JsonNode::asString))
					.contains(need.get("code").asString()));
				if (!need.get("code").asString().equals(TrainingPlanner.DEVELOPMENT_RIGHT)) {
					assertThat(need.get("course").asString()).isEqualTo(need.at("/options/0/code").asString());
				}
			}
		}
	}

	@Test
	void theNeedsArePagedAndFilteredByAgency() {
		JsonNode dinkes = http.get(trainings("?agency=dinkes&size=3&page=1"), OK);

		assertThat(dinkes.get("content").size()).isLessThanOrEqualTo(3);
		assertThat(dinkes.get("content").valueStream().map(e -> e.get("agency").asString())).containsOnly("dinkes");
		assertThat(dinkes.get("totalElements").asInt()).isLessThan(http.get(trainings(""), OK).get("totalElements").asInt());
	}

	@Test
	void thePlanCountsEachParticipantOnceAndExportsTheSameRowsAsCsvAndXlsx() throws IOException {
		JsonNode plan = http.as("medan.analis").get(plan("?agency=dinkes"), OK);

		JsonNode rows = plan.get("rows");
		assertThat(rows).isNotEmpty();
		assertThat(rows.valueStream().map(r -> r.get("agency").asString())).containsOnly("dinkes");
		for (JsonNode row : rows) {
			assertThat(row.get("participants").asInt()).isEqualTo(row.get("nips").size());
			assertThat(row.get("totalJp").asInt()).isEqualTo(row.get("jp").asInt() * row.get("participants").asInt());
		}
		List<List<String>> expected = rows.valueStream().map(TrainingApiTests::planRow).toList();

		List<CSVRecord> csv = csv(download(plan("?agency=dinkes&format=csv"), null));
		assertThat(csv.stream().map(r -> r.toList().subList(0, PlanExport.COLUMNS.size())).toList())
			.isEqualTo(expected);
		assertThat(csv.stream().map(r -> List.of(r.get(PlanExport.NIPS).split(" "))).toList())
			.isEqualTo(rows.valueStream().map(r -> r.get("nips").valueStream().map(JsonNode::asString).toList()).toList());

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(plan("?agency=dinkes"), XLSX)))) {
			assertThat(sheet(workbook.getSheet(PlanExport.PLAN_SHEET))).isEqualTo(expected);
			List<List<String>> participants = sheet(workbook.getSheet(PlanExport.PARTICIPANT_SHEET));
			List<List<String>> byRow = new ArrayList<>();
			rows.forEach(r -> r.get("nips").forEach(nip -> byRow.add(List.of(r.get("agency").asString(),
					text(r.get("course")), text(r.get("name")), join(r.get("needs")), nip.asString()))));
			assertThat(participants).isEqualTo(byRow);
		}
	}

	@Test
	void thePlanListsCoursesInPriorityOrder() {
		JsonNode rows = http.get(plan(""), OK).get("rows");

		String agency = null;
		int last = 0;
		for (JsonNode row : rows) {
			if (!row.get("agency").asString().equals(agency)) {
				agency = row.get("agency").asString();
				last = 0;
			}
			int priority = row.get("priority").isNull() ? Integer.MAX_VALUE : row.get("priority").asInt();
			assertThat(priority).isGreaterThanOrEqualTo(last);
			last = priority;
		}
	}

	@Test
	void anAnalystOfMedanMayNotReadAMakassarRun() {
		long makassar = http.post("/api/v1/evaluations", Map.of("region", "makassar", "agency", "dpu", "period",
				"2025"), CREATED).get("id").asLong();

		Http medanAnalyst = http.as("medan.analis");
		medanAnalyst.get("/api/v1/evaluations/" + makassar + "/trainings", NOT_FOUND);
		medanAnalyst.get("/api/v1/evaluations/" + makassar + "/training-plan", NOT_FOUND);
		http.as("makassar.analis").get("/api/v1/evaluations/" + makassar + "/training-plan", OK);
	}

	@Test
	void unknownRunAgencyAndFormatAreNamed() {
		assertThat(http.get("/api/v1/evaluations/999999/trainings", NOT_FOUND).get("field").asString()).isEqualTo("run");
		assertThat(http.get(plan("?agency=nope"), NOT_FOUND).get("field").asString()).isEqualTo("agency");
		assertThat(http.get(plan("?format=pdf"), BAD_REQUEST).get("field").asString()).isEqualTo("format");
	}

	@Test
	void theEndpointsAreInTheOpenApiDescription() {
		JsonNode paths = http.get("/v3/api-docs", OK).get("paths");

		assertThat(paths.propertyNames()).contains("/api/v1/courses", "/api/v1/evaluations/{id}/trainings",
				"/api/v1/evaluations/{id}/training-plan", "/api/v1/evaluations/{id}/award-candidates");
	}

	private Map<String, JsonNode> catalogue() {
		Map<String, JsonNode> catalogue = new HashMap<>();
		http.get("/api/v1/courses", OK).forEach(c -> catalogue.put(c.get("code").asString(), c));
		return catalogue;
	}

	/** Every literal training code in the rule files; a code built from a BerAKHLAK value, once per value. */
	static Set<String> trainingCodesOfTheRuleFiles() throws IOException {
		Pattern training = Pattern.compile("new Training\\(\\s*\\$\\w+,\\s*\"([A-Z_]+)\"(\\s*\\+)?");
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("rules")), Files.walk(Path.of("policies")))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
				Matcher matcher = training.matcher(Files.readString(file));
				while (matcher.find()) {
					if (matcher.group(2) == null) {
						codes.add(matcher.group(1));
					}
					else {
						Arrays.stream(CoreValue.values()).forEach(v -> codes.add(matcher.group(1) + v.name()));
					}
				}
			}
		}
		assertThat(codes).contains("PENGEMBANGAN_KOMPETENSI", "BERAKHLAK_ADAPTIF", "PEDAGOGI_GURU");
		return codes;
	}

	private static List<String> planRow(JsonNode row) {
		return List.of(row.get("agency").asString(), text(row.get("priority")), text(row.get("course")),
				text(row.get("name")), text(row.get("category")), join(row.get("needs")), row.get("jp").asString(),
				row.get("participants").asString(), row.get("totalJp").asString());
	}

	private static String text(JsonNode value) {
		return value.isNull() ? "" : value.asString();
	}

	private static String join(JsonNode values) {
		return String.join(" ", values.valueStream().map(JsonNode::asString).toList());
	}

	private byte[] download(String uri, String accept) {
		return client.get()
			.uri(uri)
			.headers(h -> {
				h.setBasicAuth("medan.analis", "medan.analis");
				if (accept != null) {
					h.set(HttpHeaders.ACCEPT, accept);
				}
			})
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rencana-pelatihan-medan-dinkes-2025\\.(csv|xlsx)\"")
			.returnResult(byte[].class)
			.getResponseBody();
	}

	private static List<CSVRecord> csv(byte[] content) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(new String(content, StandardCharsets.UTF_8)))
			.getRecords();
	}

	/** The rows below the header, each cell as text; whole numbers without a decimal part. */
	private static List<List<String>> sheet(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (Cell cell : row) {
				cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
						: cell.getStringCellValue());
			}
			rows.add(cells);
		}
		return rows;
	}

	private String trainings(String query) {
		return "/api/v1/evaluations/" + medan + "/trainings" + query;
	}

	private String plan(String query) {
		return "/api/v1/evaluations/" + medan + "/training-plan" + query;
	}

}
