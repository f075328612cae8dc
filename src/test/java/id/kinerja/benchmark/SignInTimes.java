package id.kinerja.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import id.kinerja.KinerjaApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An authenticated {@code GET /api/v1/regions} over real HTTP against the app with its demo data, signed in
 * with a personal API token (SHA-256, one read) and with HTTP Basic (BCrypt on every call), one request
 * after the other on one connection: the medians and 90th percentiles of each.
 */
final class SignInTimes {

	static final int WARMUP = 300;

	static final int MEASURED = 1_000;

	/** Milliseconds per request: median and 90th percentile, with a token and with HTTP Basic. */
	record Times(double tokenMedian, double tokenP90, double basicMedian, double basicP90) {
	}

	static Times measure(Path root) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KinerjaApplication.class)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:bench-sign-in;DB_CLOSE_DELAY=-1",
					"--kinerja.demo.enabled=true", "--kinerja.policy.root=" + root, "--kinerja.policy.watch=false",
					"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.flywaydb=ERROR")) {
			String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			HttpClient client = HttpClient.newHttpClient();
			String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
			String token = "Bearer " + token(client, base, basic);
			double[] tokenTimes = times(client, base, token);
			double[] basicTimes = times(client, base, basic);
			return new Times(percentile(tokenTimes, 50), percentile(tokenTimes, 90), percentile(basicTimes, 50),
					percentile(basicTimes, 90));
		}
	}

	private static String token(HttpClient client, String base, String basic) {
		HttpResponse<String> created = send(client, HttpRequest.newBuilder(URI.create(base + "/api/v1/account/tokens"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"validDays\": 1}"))
			.build());
		return created.body().replaceAll("(?s).*\"secret\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	private static double[] times(HttpClient client, String base, String authorization) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/regions"))
			.header("Authorization", authorization)
			.build();
		for (int i = 0; i < WARMUP; i++) {
			send(client, request);
		}
		double[] millis = new double[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long start = System.nanoTime();
			send(client, request);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		return millis;
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double percentile(double[] values, int percent) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
	}

	private SignInTimes() {
	}

}
