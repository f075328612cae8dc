package id.kinerja.system;

import java.util.Map;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actuator/prometheus} after an official run, for those who may read it and for those who may not. */
@ApiTest
class MetricsApiTests {

	@Autowired
	RestTestClient client;

	Http admin;

	@BeforeEach
	void signIn() {
		admin = new Http(client);
	}

	@Test
	void anAuditorReadsTheRunsPartitionsAndEmployeesOfARun() {
		double before = sample(scrape("auditor"), "kinerja_employees_evaluated_total", "");
		admin.post("/api/v1/evaluations", Map.of("region", "makassar", "agency", "dinkes", "period", "2025"),
				HttpStatus.CREATED);

		String metrics = scrape("auditor");

		assertThat(sample(metrics, "kinerja_runs_total", "outcome=\"done\"")).isGreaterThanOrEqualTo(1);
		assertThat(sample(metrics, "kinerja_run_partitions_seconds_count", "")).isGreaterThanOrEqualTo(1);
		assertThat(sample(metrics, "kinerja_employees_evaluated_total", "")).isGreaterThan(before);
		assertThat(metrics).contains("kinerja_sandbox_worker_restarts_total", "kinerja_validations_refused_total");
	}

	@Test
	void aWrongPasswordIsCountedAsASignInFailure() {
		double before = sample(scrape("admin"), "kinerja_sign_in_failures_total", "reason=\"BadCredentials\"");
		// from an address of its own, so no other test's sign-ins count towards its throttle
		admin.from("203.0.113.40").as("makassar.analis", "salah").get("/api/v1/regions", HttpStatus.UNAUTHORIZED);

		assertThat(sample(scrape("admin"), "kinerja_sign_in_failures_total", "reason=\"BadCredentials\""))
			.isEqualTo(before + 1);
	}

	@Test
	void othersMayNotReadTheMetrics() {
		admin.anonymous().get("/actuator/prometheus", HttpStatus.UNAUTHORIZED);
		admin.as("makassar.analis", "makassar.analis").get("/actuator/prometheus", HttpStatus.FORBIDDEN);
		admin.as("makassar.kebijakan", "makassar.kebijakan").get("/actuator/prometheus", HttpStatus.FORBIDDEN);
	}

	@Test
	void infoNamesTheBuild() {
		assertThat(admin.anonymous().get("/actuator/info", HttpStatus.OK).at("/build/artifact").asString())
			.isEqualTo("kinerja");
	}

	private String scrape(String user) {
		return client.get()
			.uri("/actuator/prometheus")
			.headers(headers -> headers.setBasicAuth(user, user))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
	}

	/** The value of the first sample of this name with this label; 0 when there is none. */
	private static double sample(String metrics, String name, String label) {
		return metrics.lines()
			.filter(line -> line.startsWith(name + "{") && line.contains(label))
			.map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElse(0.0);
	}

}
