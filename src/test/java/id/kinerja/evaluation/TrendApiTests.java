package id.kinerja.evaluation;

import java.util.List;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static id.kinerja.evaluation.Requests.evaluation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;

/**
 * Trends across the periods of a year over HTTP: Tanjungpinang's Dukcapil evaluated for its month, its quarter
 * and its year (the month twice: the newest run of a period is its point), each point equal to its run's result.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendApiTests {

	Http http;

	long month;

	long quarter;

	long year;

	@BeforeAll
	void runThreePeriods(@Autowired RestTestClient client) {
		http = new Http(client);
		http.post("/api/v1/evaluations", evaluation("tanjungpinang", "disdukcapil", "2025-12"), CREATED);
		month = run("2025-12");
		quarter = run("2025-Q4");
		year = run("2025");
	}

	private long run(String period) {
		return http.post("/api/v1/evaluations", evaluation("tanjungpinang", "disdukcapil", period), CREATED)
			.get("id")
			.asLong();
	}

	@Test
	void anEmployeesTrendHasOnePointPerPeriodFromItsNewestRun() {
		JsonNode first = http.get("/api/v1/evaluations/" + year + "/results?size=1", OK).get("content").get(0);
		String nip = first.get("nip").asString();

		JsonNode trend = http.get("/api/v1/evaluations/trends/employees/" + nip + "?region=tanjungpinang&year=2025", OK);

		assertThat(trend.get("name").asString()).isEqualTo(first.get("name").asString());
		JsonNode points = trend.get("points");
		assertThat(points.valueStream().map(p -> p.get("period").asString())).containsExactly("2025-12", "2025-Q4",
				"2025");
		assertThat(points.valueStream().map(p -> p.get("runId").asLong())).containsExactly(month, quarter, year);
		assertThat(points.valueStream().map(p -> p.get("kind").asString())).containsExactly("MONTHLY", "QUARTERLY",
				"ANNUAL");
		for (JsonNode point : points) {
			JsonNode result = http.get("/api/v1/evaluations/" + point.get("runId").asLong() + "/results/" + nip, OK);
			assertThat(point.get("predikat")).isEqualTo(result.get("predikat"));
			assertThat(point.get("workScore").decimalValue()).isEqualByComparingTo(result.get("workScore").decimalValue());
		}
	}

	@Test
	void anAgencysTrendCountsEachPredikatOfEachRun() {
		JsonNode trend = http.get("/api/v1/evaluations/trends/agencies/disdukcapil?region=tanjungpinang&year=2025", OK);

		JsonNode points = trend.get("points");
		assertThat(points.valueStream().map(p -> p.get("runId").asLong())).containsExactly(month, quarter, year);
		for (JsonNode point : points) {
			JsonNode run = http.get("/api/v1/evaluations/" + point.get("runId").asLong(), OK);
			JsonNode spread = run.get("distribution").get("disdukcapil");
			for (String predikat : List.of("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG")) {
				long expected = spread.has(predikat) ? spread.get(predikat).asLong() : 0;
				assertThat(point.get("predikat").get(predikat).asLong()).as(predikat).isEqualTo(expected);
			}
			assertThat(point.get("employees").asInt()).isEqualTo(run.get("employees").asInt());
		}
	}

	@Test
	void aYearWithoutRunsHasNoPointsAndAnUnknownEmployeeIsNotFound() {
		assertThat(http.get("/api/v1/evaluations/trends/agencies/disdukcapil?region=tanjungpinang&year=2024", OK)
			.get("points")
			.isEmpty()).isTrue();
		http.get("/api/v1/evaluations/trends/agencies/nope?region=tanjungpinang&year=2025", NOT_FOUND);
		http.get("/api/v1/evaluations/trends/employees/199001012020011999?region=tanjungpinang&year=2025", NOT_FOUND);
		http.get("/api/v1/evaluations/trends/employees/x?region=tanjungpinang&year=20", BAD_REQUEST);
	}

	@Test
	void aUserOfAnotherRegionDoesNotSeeIt() {
		JsonNode first = http.get("/api/v1/evaluations/" + year + "/results?size=1", OK).get("content").get(0);
		http.as("makassar.analis", "makassar.analis")
			.get("/api/v1/evaluations/trends/employees/" + first.get("nip").asString()
					+ "?region=tanjungpinang&year=2025", NOT_FOUND);
	}

}
