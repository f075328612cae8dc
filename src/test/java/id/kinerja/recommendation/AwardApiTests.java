package id.kinerja.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.support.ApiTest;
import id.kinerja.support.AsAdmin;
import id.kinerja.support.Http;
import id.kinerja.system.Capacity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;

/** Award candidates and near-misses of a Makassar run over HTTP, on demo data. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardApiTests {

	static final String TELADAN = "PEGAWAI_TELADAN";

	static final String TELADAN_MINIMUM = "pegawai-teladan.capaian-minimal";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Http http;

	long run;

	/** Every stored result of the run by NIP. */
	Map<String, JsonNode> results = new HashMap<>();

	@BeforeAll
	void runMakassar() {
		http = new Http(client);
		run = http.post("/api/v1/evaluations", Map.of("region", "makassar", "period", "2025"), CREATED).get("id").asLong();
		for (int page = 0;; page++) {
			JsonNode content = http.get(evaluation("/results?size=500&page=" + page), OK).get("content");
			if (content.isEmpty()) {
				break;
			}
			content.forEach(result -> results.put(result.get("nip").asString(), result));
		}
	}

	@Test
	void everyAwardOfTheRegionsRulesIsListedWithTheRulesThatGiveIt() {
		JsonNode awards = http.as("makassar.analis").get(evaluation("/award-candidates?nearMisses=false"), OK).get("awards");

		assertThat(awards.valueStream().map(a -> a.get("code").asString())).containsExactly(TELADAN,
				"PENGHARGAAN_PEKERJAAN_UMUM", "SATYALANCANA_KARYA_SATYA_X", "SATYALANCANA_KARYA_SATYA_XX",
				"SATYALANCANA_KARYA_SATYA_XXX", "TENAGA_KESEHATAN_TELADAN");
		for (JsonNode award : awards) {
			assertThat(award.get("nearMisses")).isEmpty();
			assertThat(award.get("rules")).isNotEmpty();
			List<String> holders = results.values()
				.stream()
				.filter(r -> r.get("awards").valueStream().anyMatch(a -> a.get("code").equals(award.get("code"))))
				.map(r -> r.get("nip").asString())
				.toList();
			assertThat(award.get("candidates").valueStream().map(c -> c.get("nip").asString()))
				.containsExactlyInAnyOrderElementsOf(holders);
		}
	}

	@Test
	void candidatesAreRankedByPredikatScoreWorkScoreAndBehaviourWithTheirRuleAndThresholds() {
		JsonNode teladan = award(TELADAN, "");

		assertThat(teladan.get("perAgency").asBoolean()).isTrue();
		JsonNode candidates = teladan.get("candidates");
		assertThat(candidates).isNotEmpty();
		List<StoredResult> ranked = new ArrayList<>();
		Map<String, Integer> perAgency = new HashMap<>();
		for (JsonNode candidate : candidates) {
			assertThat(candidate.get("predikat").asString()).isEqualTo("SANGAT_BAIK");
			assertThat(candidate.get("workScore").asDouble())
				.isGreaterThanOrEqualTo(candidate.at("/thresholds/" + TELADAN_MINIMUM.replace("/", "~1")).asDouble());
			assertThat(candidate.get("rule").get("rule").asString()).isEqualTo("Penghargaan: pegawai teladan");
			assertThat(candidate.get("rule").get("file").asString()).isEqualTo("policies/makassar/makassar.drl");
			assertThat(candidate.get("rule").get("layer").asString()).isEqualTo("REGION");
			assertThat(candidate.get("rank").asInt()).isEqualTo(ranked.size() + 1);
			assertThat(candidate.get("agencyRank").asInt())
				.isEqualTo(perAgency.merge(candidate.get("agency").asString(), 1, Integer::sum));
			ranked.add(stored(candidate));
		}
		assertThat(ranked).isSortedAccordingTo(AwardCandidates.BEST_FIRST);
		// Dinkes sets its own, lower threshold
		assertThat(candidates.valueStream()
			.filter(c -> c.get("agency").asString().equals("dinkes"))
			.map(c -> c.get("thresholds").get(TELADAN_MINIMUM).asDouble())).containsOnly(110.0);
	}

	@Test
	void nearMissesFellShortOfTheParameterByLessThanTheRelaxationTheyNeed() {
		JsonNode teladan = award(TELADAN, "");

		JsonNode misses = teladan.get("nearMisses");
		assertThat(misses).isNotEmpty();
		for (JsonNode miss : misses) {
			JsonNode stored = results.get(miss.get("nip").asString());
			assertThat(stored.get("awards").valueStream().map(a -> a.get("code").asString())).doesNotContain(TELADAN);
			assertThat(miss.get("parameter").asString()).isEqualTo(TELADAN_MINIMUM);
			assertThat(miss.get("label").asString()).isEqualTo("Pegawai teladan: capaian tertimbang minimal (%)");
			double threshold = miss.get("threshold").asDouble();
			double workScore = stored.get("workScore").asDouble();
			assertThat(workScore).isLessThan(threshold).isGreaterThanOrEqualTo(miss.get("relaxedTo").asDouble());
			assertThat(miss.get("shortBy").asDouble()).isCloseTo(threshold - workScore, offset(1e-6));
			assertThat(miss.at("/figures/0/value").asDouble()).isEqualTo(workScore);
			assertThat(stored.get("predikat").asString()).isEqualTo("SANGAT_BAIK");
		}
		List<Double> relaxations = misses.valueStream().map(m -> m.get("relaxation").asDouble()).toList();
		assertThat(relaxations).isSorted();
	}

	@Test
	void nineYearsOfServiceIsANearMissOfSatyalancanaForNextYear() {
		JsonNode satyalancana = award("SATYALANCANA_KARYA_SATYA_X", "&agency=disdik");

		assertThat(satyalancana.get("candidates").valueStream().map(c -> c.get("agency").asString())).containsOnly("disdik");
		assertThat(satyalancana.get("nearMisses")).isNotEmpty().allSatisfy(miss -> {
			assertThat(miss.get("agency").asString()).isEqualTo("disdik");
			assertThat(miss.get("parameter").isNull()).isTrue();
			assertThat(miss.get("condition").asString()).isEqualTo("yearsOfService == 10");
			assertThat(miss.at("/figures/0/name").asString()).isEqualTo("yearsOfService");
			assertThat(miss.at("/figures/0/value").asInt()).isEqualTo(9);
			assertThat(miss.get("note").asString()).contains("tahun depan");
		});
	}

	@Test
	void aRunsNearMissesAreAJobOfTheBackgroundQueueFoundOnceAndStillGuarded(@Autowired Recommendations recommendations) {
		JsonNode first = http.as("makassar.analis").getWhenDone(evaluation("/award-candidates?agency=dinkes"));
		JsonNode list = first.get("nearMissList");
		assertThat(list.get("status").asString()).isEqualTo("DONE");
		assertThat(list.get("done").asInt()).isEqualTo(list.get("total").asInt()).isPositive();

		JsonNode again = http.as("makassar.analis").get(evaluation("/award-candidates?agency=dinkes"), OK);
		assertThat(again.get("nearMissList").get("id").asLong()).isEqualTo(list.get("id").asLong());
		assertThat(again.get("awards")).isEqualTo(first.get("awards"));
		assertThat(jdbc.sql("select status, requested_by from near_miss_list where id = ?")
			.param(list.get("id").asLong())
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.single()).isEqualTo("DONE makassar.analis");
		AwardsView candidatesOnly = AsAdmin.call("admin", () -> recommendations.awardCandidates(run, null, "dinkes", false));
		assertThat(candidatesOnly.nearMissList()).isNull();
		assertThat(candidatesOnly.awards()).allSatisfy(award -> assertThat(award.nearMisses()).isEmpty());
		http.as("medan.analis").get(evaluation("/award-candidates?agency=dinkes"), NOT_FOUND);
	}

	@Test
	void aFailedListIsTriedAgainWhenAskedAgain() {
		jdbc.sql("""
				insert into near_miss_list (run_id, award_code, agency_code, status, done, total, error, requested_by,
				                            requested_at)
				values (?, ?, 'disdik', 'FAILED', 0, 1, 'database gone', 'makassar.analis', current_timestamp)""")
			.params(run, TELADAN)
			.update();

		JsonNode award = award(TELADAN, "&agency=disdik");

		assertThat(jdbc.sql("select status from near_miss_list where run_id = ? and award_code = ? and agency_code = 'disdik'")
			.params(run, TELADAN)
			.query(String.class)
			.list()).containsExactly("DONE");
		assertThat(award.get("candidates").valueStream().map(c -> c.get("agency").asString())).containsOnly("disdik");
	}

	@Test
	void beyondTheQueueOfNearMissListsIs429WithRetryAfter(@Autowired Capacity capacity) {
		int full = capacity.nearMisses() + capacity.nearMissQueue();
		for (int i = 0; i < full; i++) {
			jdbc.sql("""
					insert into near_miss_list (run_id, award_code, agency_code, status, done, total, requested_by,
					                            requested_at)
					values (?, ?, 'queue-test', 'QUEUED', 0, 1, 'admin', current_timestamp)""")
				.params(run, "WAITING_" + i)
				.update();
		}
		try {
			http.as("makassar.analis")
				.exchange(evaluation("/award-candidates?agency=dpu"))
				.expectStatus().isEqualTo(429)
				.expectHeader().exists("Retry-After");
			assertThat(jdbc.sql("select count(*) from near_miss_list where agency_code = 'dpu'").query(Integer.class).single())
				.isZero();
		}
		finally {
			jdbc.sql("delete from near_miss_list where agency_code = 'queue-test'").update();
		}
	}

	@Test
	void anAnalystOfMedanGets404OnAMakassarRun() {
		JsonNode problem = http.as("medan.analis").get(evaluation("/award-candidates"), NOT_FOUND);

		assertThat(problem.get("field").asString()).isEqualTo("run");
		http.as("makassar.analis").get(evaluation("/award-candidates?award=" + TELADAN + "&nearMisses=false"), OK);
	}

	@Test
	void anUnknownRunAwardOrAgencyIs404NamingIt() {
		assertThat(http.get("/api/v1/evaluations/999999/award-candidates", NOT_FOUND).get("field").asString())
			.isEqualTo("run");
		assertThat(http.get(evaluation("/award-candidates?award=NOBEL"), NOT_FOUND).get("field").asString())
			.isEqualTo("award");
		assertThat(http.get(evaluation("/award-candidates?agency=nasa"), NOT_FOUND).get("field").asString())
			.isEqualTo("agency");
	}

	private JsonNode award(String code, String query) {
		JsonNode awards = http.as("makassar.analis").getWhenDone(evaluation("/award-candidates?award=" + code + query))
			.get("awards");
		assertThat(awards).hasSize(1);
		return awards.get(0);
	}

	private static StoredResult stored(JsonNode candidate) {
		return new StoredResult(candidate.get("nip").asString(), candidate.get("name").asString(),
				candidate.get("agency").asString(), candidate.get("predikat").asString(), number(candidate, "score"),
				number(candidate, "workScore"), number(candidate, "behaviourIndex"), null, List.of(), List.of());
	}

	private static Double number(JsonNode node, String field) {
		return node.get(field).isNull() ? null : node.get(field).asDouble();
	}

	private String evaluation(String rest) {
		return "/api/v1/evaluations/" + run + rest;
	}

}
