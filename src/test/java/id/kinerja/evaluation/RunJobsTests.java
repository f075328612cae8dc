package id.kinerja.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.kinerja.appraisal.UnknownPeriod;
import id.kinerja.staff.Employees;
import id.kinerja.support.Bundles;
import id.kinerja.system.Capacity;
import id.kinerja.system.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A run in the background that fails keeps why, and says it in the reader's language. */
class RunJobsTests {

	private final Evaluations evaluations = mock(Evaluations.class);

	private final Employees employees = mock(Employees.class);

	private final RunJobs jobs = new RunJobs(evaluations, employees,
			new Capacity(1, 2, 1, 1, 1, Duration.ofSeconds(1)));

	@AfterEach
	void stop() {
		jobs.destroy();
	}

	@Test
	void aRefusedRunFailsWithItsReasonInEitherLanguage() {
		when(employees.inScope("makassar", List.of("dinkes"))).thenReturn(216);
		when(evaluations.run(eq("makassar"), eq("dinkes"), anyString(), any())).thenThrow(new UnknownPeriod("2019"));

		String id = jobs.start("makassar", "dinkes", "2019");

		await().atMost(Duration.ofSeconds(10)).until(() -> jobs.job(id).orElseThrow().status().equals("FAILED"));
		RunJobs.Job job = jobs.job(id).orElseThrow();
		assertThat(job.total()).isEqualTo(216);
		assertThat(job.runId()).isNull();
		assertThat(Bundles.messages().getMessage(job.error(), Locale.ENGLISH)).isEqualTo("Unknown appraisal period '2019'");
		assertThat(Bundles.messages().getMessage(job.error(), new Locale("id")))
			.isEqualTo("Periode penilaian '2019' tidak dikenal");
	}

	@Test
	void anUnexpectedFailureKeepsItsMessage() {
		when(evaluations.run(anyString(), any(), anyString(), any())).thenThrow(new IllegalStateException("disk full"));

		String id = jobs.start("makassar", null, "2025");

		await().atMost(Duration.ofSeconds(10)).until(() -> jobs.job(id).orElseThrow().status().equals("FAILED"));
		assertThat(Bundles.messages().getMessage(jobs.job(id).orElseThrow().error(), Locale.ENGLISH)).isEqualTo("disk full");
	}

	@Test
	void runsBeyondTheOnesRunningWaitInOrderWithTheirPositionAndBeyondTheQueueAre429() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		when(evaluations.run(anyString(), any(), anyString(), any())).thenAnswer(call -> {
			release.await(30, TimeUnit.SECONDS);
			return new RunSummary(7L, "makassar", null, "2025", "v", "x", null, null, 1, 0);
		});
		String running = jobs.start("makassar", null, "2025");
		await().atMost(Duration.ofSeconds(10)).until(() -> jobs.job(running).orElseThrow().status().equals("RUNNING"));

		String second = jobs.start("makassar", null, "2025");
		String third = jobs.start("makassar", null, "2025");

		assertThat(jobs.job(second).orElseThrow().status()).isEqualTo("QUEUED");
		assertThat(jobs.job(second).orElseThrow().position()).isEqualTo(1);
		assertThat(jobs.job(third).orElseThrow().position()).isEqualTo(2);
		assertThatThrownBy(() -> jobs.start("makassar", null, "2025")).isInstanceOfSatisfying(Refusal.class,
				refusal -> {
					assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
					assertThat(refusal.getHeaders().getFirst("Retry-After")).isNotBlank();
				});
		release.countDown();
		assertThat(jobs.await(third, Duration.ofSeconds(10)).status()).isEqualTo("DONE");
		assertThat(jobs.job(second).orElseThrow().runId()).isEqualTo(7L);
	}

}
