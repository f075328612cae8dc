package id.kinerja.evaluation;

import java.time.Duration;
import java.util.Map;

import id.kinerja.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;

/**
 * A partition that keeps failing is tried again, then fails its run with the reason: the run is never
 * official, none of its results stays, and the other runs are untouched.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:gagal;DB_CLOSE_DELAY=-1", "kinerja.demo.enabled=true",
				"kinerja.jobs.partition-size=100", "kinerja.sandbox.prewarm=false" })
@AutoConfigureRestTestClient
class RunFailureTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPartitionThatKeepsFailingFailsItsRunWithTheReasonAndLeavesNothingVisible() {
		Http analyst = new Http(client).as("makassar.analis");
		// the database refuses Dinas Pendidikan's results, as it would a full disk for one partition
		jdbc.sql("alter table evaluation_result add constraint uji_disdik check (agency_code <> 'disdik')").update();
		try {
			JsonNode started = analyst.postAccepting("/api/v1/evaluations?wait=0",
					Map.of("region", "makassar", "period", "2025"));
			long run = started.path("id").asLong();

			await().atMost(Duration.ofMinutes(2))
				.until(() -> analyst.get("/api/v1/evaluations/" + run, OK).path("status").asString(),
						status -> status.equals("FAILED"));

			JsonNode detail = analyst.get("/api/v1/evaluations/" + run, OK);
			assertThat(detail.path("partitions")).anySatisfy(p -> assertThat(p.path("attempts").asInt()).isEqualTo(3));
			assertThat(jdbc.sql("select failure from evaluation_run where id = ?").param(run).query(String.class).single())
				.contains("UJI_DISDIK");
			assertThat(jdbc.sql("select count(*) from evaluation_result where run_id = ?").param(run).query(Long.class)
				.single()).isZero();
			analyst.get("/api/v1/evaluations/" + run + "/results", NOT_FOUND);
			assertThat(analyst.get("/api/v1/evaluations?region=makassar", OK).path("content"))
				.noneSatisfy(listed -> assertThat(listed.path("id").asLong()).isEqualTo(run));
		}
		finally {
			jdbc.sql("alter table evaluation_result drop constraint uji_disdik").update();
		}
		JsonNode again = analyst.post("/api/v1/evaluations?wait=120", Map.of("region", "makassar", "period", "2025"),
				org.springframework.http.HttpStatus.CREATED);
		assertThat(again.path("employees").asInt()).isPositive();
	}

}
