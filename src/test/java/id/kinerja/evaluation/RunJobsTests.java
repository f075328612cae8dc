package id.kinerja.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import id.kinerja.appraisal.UnknownPeriod;
import id.kinerja.staff.Employees;
import id.kinerja.support.Bundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
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

	private final RunJobs jobs = new RunJobs(evaluations, employees);

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

}
