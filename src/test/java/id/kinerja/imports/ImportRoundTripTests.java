package id.kinerja.imports;

import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.kinerja.KinerjaApplication;
import id.kinerja.evaluation.Evaluations;
import id.kinerja.support.AsAdmin;
import id.kinerja.support.Http;
import id.kinerja.support.PolicyFolders;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From an empty database to an official run through the API alone, on files exported from the demo data:
 * Kabupaten Mamuju's data exported per kind from a demo database, then region, periods, agencies, staff,
 * SKP, behaviour forms, ratings, organisation ratings, IKM and JP imported over HTTP into an empty one; the
 * run there concludes exactly what the run on the demo database concluded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:empty;DB_CLOSE_DELAY=-1", "kinerja.demo.enabled=false",
				"kinerja.demo.users=true", "kinerja.policy.watch=false" })
@AutoConfigureRestTestClient
class ImportRoundTripTests {

	private static final String REGION = "mamuju";

	private static final List<String> PERIODS = List.of("2025", "2025-Q4", "2025-12");

	private static final Map<ImportKind, byte[]> FILES = new EnumMap<>(ImportKind.class);

	private static RunChecksum demo;

	@DynamicPropertySource
	static void policyRoot(DynamicPropertyRegistry registry) {
		registry.add("kinerja.policy.root", () -> PolicyFolders.copy().toString());
	}

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	/** The demo database: Mamuju exported per kind (XLSX for some, CSV for the others) and evaluated. */
	@BeforeAll
	static void exportTheDemo() {
		try (ConfigurableApplicationContext source = new SpringApplicationBuilder(KinerjaApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:mem:demo-source;DB_CLOSE_DELAY=-1", "--kinerja.demo.enabled=true",
					"--kinerja.policy.watch=false", "--spring.main.banner-mode=off")) {
			RegionExport export = source.getBean(RegionExport.class);
			for (ImportKind kind : ImportKind.values()) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				export.write(REGION, kind, null, xlsx(kind), out);
				FILES.put(kind, out.toByteArray());
			}
			long run = AsAdmin.call("admin", () -> source.getBean(Evaluations.class).run(REGION, null, "2025")).id();
			demo = RunChecksum.of(source.getBean(JdbcTemplate.class), run);
			source.getBean(JdbcTemplate.class).execute("shutdown");
		}
	}

	@AfterAll
	static void forget() {
		FILES.clear();
	}

	private static boolean xlsx(ImportKind kind) {
		return kind == ImportKind.PEGAWAI || kind == ImportKind.RATING || kind == ImportKind.JP;
	}

	@Test
	void anEmptyDatabaseReachesTheSameOfficialRunThroughTheApiAlone() {
		Http http = new Http(client);
		assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isZero();
		http.post("/api/v1/regions", Map.of("id", REGION, "bpsCode", "7604", "name", "Kabupaten Mamuju", "kind",
				"KABUPATEN", "timeZone", "WITA"), HttpStatus.CREATED);
		PERIODS.forEach(period -> http.post("/api/v1/periods", Map.of("code", period), HttpStatus.CREATED));
		String opd = new String(FILES.get(ImportKind.OPD), java.nio.charset.StandardCharsets.UTF_8);
		opd.lines().skip(1).map(line -> line.replace("\uFEFF", "").split(";", 2)).forEach(agency -> http.post(
				"/api/v1/regions/" + REGION + "/agencies", Map.of("code", agency[0], "name", unquote(agency[1])),
				HttpStatus.CREATED));

		assertThat(upload(ImportKind.OPD).path("unchanged").asInt()).isEqualTo(opd.lines().count() - 1);
		for (ImportKind kind : List.of(ImportKind.PEGAWAI, ImportKind.SKP, ImportKind.PERILAKU, ImportKind.RATING,
				ImportKind.PREDIKAT_ORGANISASI, ImportKind.IKM, ImportKind.JP)) {
			JsonNode result = upload(kind);
			assertThat(result.path("created").asInt()).as(kind.code()).isEqualTo(result.path("rows").asInt());
		}

		JsonNode run = http.post("/api/v1/evaluations", Map.of("region", REGION, "period", "2025"), HttpStatus.CREATED);
		RunChecksum imported = RunChecksum.of(jdbc, run.path("id").asLong());
		assertThat(imported.predikat()).isEqualTo(demo.predikat());
		assertThat(imported.awardsAndTrainings()).isEqualTo(demo.awardsAndTrainings());
		assertThat(imported.sha256()).isEqualTo(demo.sha256());
	}

	private static String unquote(String name) {
		return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
	}

	private JsonNode upload(ImportKind kind) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("kind", kind.code());
		body.add("file", new ByteArrayResource(FILES.get(kind)) {

			@Override
			public String getFilename() {
				return REGION + "-" + kind.code() + (xlsx(kind) ? ".xlsx" : ".csv");
			}

		});
		var result = client.post()
			.uri("/api/v1/regions/" + REGION + "/imports")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.headers(headers -> headers.setBasicAuth("admin", "admin"))
			.body(body)
			.exchange()
			.returnResult(JsonNode.class);
		assertThat(result.getStatus().value()).as("%s: %s", kind, result.getResponseBody()).isEqualTo(200);
		return result.getResponseBody();
	}

}
