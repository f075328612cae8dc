package id.kinerja.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static id.kinerja.evaluation.Requests.evaluation;
import static id.kinerja.evaluation.Requests.preview;
import static id.kinerja.evaluation.Requests.siti;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.OK;

/** The staff and evaluation API end to end over HTTP, on the demo data. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationApiTests {

	static final String CURVE_FILE = "rules/kurva.drl";

	Http http;

	/** The evaluation of Dinkes Makassar for 2025, run once for the class. */
	JsonNode run;

	@BeforeAll
	void runDinkesMakassar(@Autowired RestTestClient client) {
		http = new Http(client);
		run = http.post("/api/v1/evaluations", evaluation("makassar", "dinkes", "2025"), CREATED);
	}

	@Test
	void listsTheFourRegionsWithTheirBpsCodes() {
		JsonNode regions = http.get("/api/v1/regions", OK);

		assertThat(regions.valueStream().map(r -> r.get("id").asString() + "=" + r.get("bpsCode").asString()))
			.containsExactly("makassar=7371", "mamuju=7604", "medan=1275", "tanjungpinang=2172");
		assertThat(http.get("/api/v1/regions/medan", OK).get("name").asString()).isEqualTo("Kota Medan");
	}

	@Test
	void listsTheAgenciesOfMakassar() {
		JsonNode agencies = http.get("/api/v1/regions/makassar/agencies", OK);

		assertThat(agencies.valueStream().map(a -> a.get("code").asString())).contains("dinkes", "disdik",
				"dishub", "disdukcapil", "dpu", "bkpsdm");
	}

	@Test
	void pagesTheEmployeesOfAnAgency() {
		JsonNode page = http.get("/api/v1/regions/makassar/agencies/dinkes/employees?page=1&size=10", OK);

		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("content").size()).isEqualTo(10);
		assertThat(page.get("totalElements").asInt()).isGreaterThan(20);
		JsonNode first = page.get("content").get(0);
		assertThat(first.get("agency").asString()).isEqualTo("dinkes");
		assertThat(first.get("region").asString()).isEqualTo("makassar");
		assertThat(http.get("/api/v1/employees/" + first.get("nip").asString(), OK).get("name"))
			.isEqualTo(first.get("name"));
	}

	@Test
	void runsAnEvaluationOfOneAgency() {
		int employees = http.get("/api/v1/regions/makassar/agencies/dinkes/employees?size=1", OK)
			.get("totalElements")
			.asInt();

		assertThat(run.get("id").asLong()).isPositive();
		assertThat(run.get("region").asString()).isEqualTo("makassar");
		assertThat(run.get("agency").asString()).isEqualTo("dinkes");
		assertThat(run.get("period").asString()).isEqualTo("2025");
		assertThat(run.get("policyVersion").asString()).isNotBlank();
		assertThat(run.get("finishedAt").isNull()).isFalse();
		assertThat(run.get("employees").asInt()).isEqualTo(employees);
	}

	@Test
	void listsTheRunsOfARegion() {
		JsonNode runs = http.get("/api/v1/evaluations?region=makassar", OK);

		assertThat(runs.get("content").valueStream().map(r -> r.get("id").asLong())).contains(runId());
		assertThat(runs.get("content").valueStream().map(r -> r.get("region").asString())).containsOnly("makassar");
		assertThat(http.get("/api/v1/evaluations?region=medan", OK).get("content").valueStream()
			.map(r -> r.get("id").asLong())).doesNotContain(runId());
	}

	@Test
	void showsARunWithItsDistribution() {
		JsonNode detail = http.get("/api/v1/evaluations/" + runId(), OK);

		run.propertyNames().forEach(name -> assertThat(detail.get(name)).as(name).isEqualTo(run.get(name)));
		JsonNode distribution = detail.get("distribution");
		assertThat(distribution.propertyNames()).containsExactly("dinkes");
		assertThat(distribution.get("dinkes").valueStream().mapToInt(JsonNode::asInt).sum())
			.isEqualTo(run.get("employees").asInt());
		assertThat(detail.get("findings").size()).isEqualTo(run.get("curveFindings").asInt());
		// the shape before 0.2, deprecated, for one release
		JsonNode legacy = http.get("/api/v1/evaluations/" + runId() + "?shape=legacy", OK);
		assertThat(legacy.get("run").get("id")).isEqualTo(run.get("id"));
		assertThat(legacy.get("curveFindings")).isEqualTo(detail.get("findings"));
	}

	@Test
	void pagesAndFiltersTheResults() {
		JsonNode all = http.get(results("?page=0&size=7"), OK);
		assertThat(all.get("content").size()).isEqualTo(7);
		assertThat(all.get("totalElements").asInt()).isEqualTo(run.get("employees").asInt());

		JsonNode baik = http.get(results("?predikat=BAIK&size=500"), OK);
		long expected = http.get("/api/v1/evaluations/" + runId(), OK).at("/distribution/dinkes/BAIK").asLong();
		assertThat(expected).isPositive();
		assertThat(baik.get("totalElements").asLong()).isEqualTo(expected);
		assertThat(baik.get("content").valueStream().map(r -> r.get("predikat").asString())).containsOnly("BAIK");
		assertThat(http.get(results("?agency=dinkes&predikat=BAIK&size=1"), OK).get("totalElements").asLong())
			.isEqualTo(expected);
		assertThat(http.get(results("?agency=disdik"), OK).get("totalElements").asLong()).isZero();
	}

	@Test
	void explainsOneEmployeesResultWithTheRulesThatFired() {
		String nip = http.get(results("?size=1"), OK).at("/content/0/nip").asString();

		JsonNode result = http.get(results("/" + nip), OK);

		assertThat(result.get("nip").asString()).isEqualTo(nip);
		assertThat(result.get("agency").asString()).isEqualTo("dinkes");
		assertThat(result.get("predikat").asString()).isNotBlank();
		assertFiredRulesAreExplained(result);
	}

	@Test
	void anExplanationNamesTheParametersItsRulesReadWithLayerAndFile() {
		String nip = http.get(results("?size=500"), OK).get("content").valueStream()
			.filter(r -> !r.path("behaviourIndex").isNull())
			.findFirst().orElseThrow().get("nip").asString();

		JsonNode parameters = http.get(results("/" + nip), OK).get("parameters");

		// Makassar's 360 weights decided the behaviour index: the explanation says so, and where they are set
		assertThat(parameters.valueStream().filter(p -> p.get("name").asString().startsWith("perilaku.bobot."))
			.map(p -> p.get("name").asString().substring("perilaku.bobot.".length()) + "=" + p.get("value").asInt()
					+ " " + p.get("layer").asString() + " " + p.get("file").asString()))
			.containsExactlyInAnyOrder("atasan=50 REGION policies/makassar/parameters.yml",
					"rekan=30 REGION policies/makassar/parameters.yml", "diri=20 REGION policies/makassar/parameters.yml",
					"bawahan=0 REGION policies/makassar/parameters.yml");
		JsonNode rights = parameters.valueStream().filter(p -> p.get("name").asString().equals("pengembangan.jp-minimal"))
			.findFirst().orElse(null);
		if (rights != null) {
			assertThat(rights.get("source").asString()).isEqualTo("REGULATION");
			assertThat(rights.get("basis").asString()).isEqualTo("PP 17/2020 Pasal 203 ayat 4");
		}
	}

	@Test
	void aPreviewIsExplainedWithTheParametersToo() {
		JsonNode siti = http.post("/api/v1/evaluations/preview", Requests.ISSUE_PREVIEW, OK).at("/results/0");

		assertThat(siti.get("parameters").valueStream().map(p -> p.get("name").asString() + "@" + p.get("file").asString()))
			.contains("perilaku.bobot.atasan@policies/makassar/parameters.yml",
					"pengembangan.jp-minimal@rules/parameters.yml");
	}

	@Test
	void previewsTheIssuesExample() throws IOException {
		JsonNode preview = http.post("/api/v1/evaluations/preview", Requests.ISSUE_PREVIEW, OK);

		assertThat(preview.propertyNames()).contains("results", "curveFindings");
		JsonNode siti = preview.at("/results/0");
		assertThat(siti.propertyNames()).contains("nip", "workResultRating", "behaviourRating", "predikat", "score",
				"awards", "trainings", "firedRules");
		assertThat(siti.get("nip").asString()).isEqualTo("197303141997022002");
		assertThat(siti.get("workResultRating").asString()).isEqualTo("DI_ATAS_EKSPEKTASI");
		assertThat(siti.get("behaviourRating").asString()).isEqualTo("SESUAI_EKSPEKTASI");
		assertThat(siti.get("predikat").asString()).isEqualTo("BAIK");
		assertThat(siti.get("awards").isArray()).isTrue();
		assertThat(siti.get("trainings").valueStream().map(t -> t.get("code").asString()))
			.contains("PENGEMBANGAN_KOMPETENSI");
		assertFiredRulesAreExplained(siti);

		// one Baik employee in a Baik unit: 100% Baik, and nobody Butuh Perbaikan or Kurang
		JsonNode findings = preview.get("curveFindings");
		assertThat(findings.valueStream().map(f -> f.at("/rule/rule").asString())).containsExactlyInAnyOrder(
				"Kurva: unit Baik, Baik paling banyak",
				"Kurva: unit Baik, paling sedikit satu Butuh Perbaikan atau Kurang");
		String curveRules = Files.readString(Path.of(CURVE_FILE));
		for (JsonNode finding : findings) {
			assertThat(finding.get("agency").asString()).isEqualTo("dinkes");
			assertThat(finding.at("/rule/file").asString()).isEqualTo(CURVE_FILE);
			assertThat(finding.at("/rule/layer").asString()).isEqualTo("NATIONAL");
			assertThat(curveRules).contains("rule \"" + finding.at("/rule/rule").asString() + "\"");
		}
	}

	@Test
	void previewWithoutARegionAppliesTheNationalBaselineOnly() {
		JsonNode preview = http.post("/api/v1/evaluations/preview", preview(null, null, siti()), OK);

		JsonNode siti = preview.at("/results/0");
		assertThat(siti.get("predikat").asString()).isEqualTo("BAIK");
		assertThat(siti.get("firedRules").valueStream().map(r -> r.get("layer").asString())).isNotEmpty()
			.containsOnly("NATIONAL");
	}

	@Test
	void previewOfAPeriodAnswersThePeriodicAngkaKredit() {
		assertThat(angkaKredit(null)).isEqualTo(25.0);
		assertThat(angkaKredit("2025")).isEqualTo(25.0);
		assertThat(angkaKredit("2025-Q4")).isEqualTo(6.25);
		assertThat(angkaKredit("2025-11")).isCloseTo(25.0 / 12, within(0.0001));
	}

	/** An Ahli Muda rated Baik (100% of 25 a year) in a preview of the period. */
	private double angkaKredit(String period) {
		Map<String, Object> request = preview(null, null, siti("functionalLevel", "AHLI_MUDA"));
		request.put("period", period);
		JsonNode result = http.post("/api/v1/evaluations/preview", request, OK).at("/results/0");
		assertThat(result.get("predikat").asString()).isEqualTo("BAIK");
		return result.get("angkaKredit").asDouble();
	}

	private long runId() {
		return run.get("id").asLong();
	}

	private String results(String rest) {
		return "/api/v1/evaluations/" + runId() + "/results" + rest;
	}

	private static void assertFiredRulesAreExplained(JsonNode result) {
		assertThat(result.get("firedRules")).isNotEmpty().allSatisfy(rule -> {
			assertThat(rule.propertyNames()).containsExactlyInAnyOrder("rule", "file", "layer");
			assertThat(rule.get("rule").asString()).isNotBlank();
			assertThat(rule.get("file").asString()).endsWith(".drl");
			assertThat(rule.get("layer").asString()).isIn("NATIONAL", "REGION", "AGENCY");
		});
	}

}
