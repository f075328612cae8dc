package id.kinerja.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.OK;

/**
 * Three times as many official runs at once as the connection pool has connections: each run waits in the
 * queue or runs on one connection, none fails, each is stored once, and reads are answered meanwhile.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:pool;DB_CLOSE_DELAY=-1", "kinerja.demo.enabled=true",
				"spring.datasource.hikari.maximum-pool-size=4", "spring.datasource.hikari.connection-timeout=10000",
				"kinerja.work.runs=2", "kinerja.sandbox.prewarm=false" })
@AutoConfigureRestTestClient
class ConnectionPoolTests {

	private static final int RUNS = 12;

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Test
	void moreRunsThanConnectionsAllFinishOnceWhileReadsAreAnswered() throws Exception {
		Http analyst = new Http(client).as("makassar.analis");
		long before = runs();
		ExecutorService users = Executors.newFixedThreadPool(RUNS);
		List<Future<JsonNode>> started = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			started.add(users.submit(() -> analyst.postAccepting("/api/v1/evaluations?wait=0",
					Map.of("region", "makassar", "agency", "dinkes", "period", "2025"))));
		}
		List<String> jobs = new ArrayList<>();
		for (Future<JsonNode> start : started) {
			JsonNode answer = start.get(2, TimeUnit.MINUTES);
			if (answer.has("status")) {
				jobs.add(answer.path("id").asString());
			}
		}
		new Http(client).as("auditor").get("/api/v1/audit", OK);

		for (String job : jobs) {
			await().atMost(java.time.Duration.ofMinutes(3))
				.until(() -> analyst.get("/api/v1/evaluations/jobs/" + job, OK).path("status").asString(),
						status -> status.equals("DONE"));
		}
		users.shutdown();
		assertThat(runs()).isEqualTo(before + RUNS);
		assertThat(jdbc.sql("select count(distinct employees) from evaluation_run where agency_code = 'dinkes'")
			.query(Long.class)
			.single()).isEqualTo(1);
		analyst.post("/api/v1/evaluations", Map.of("region", "makassar", "agency", "dinkes", "period", "2025"), CREATED);
	}

	private long runs() {
		return jdbc.sql("select count(*) from evaluation_run").query(Long.class).single();
	}

}
