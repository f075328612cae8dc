package id.kinerja.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import id.kinerja.access.CurrentUser;
import id.kinerja.staff.Employees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Official runs started from the pages, in the background, so the analyst watches done / total instead of
 * a page that hangs. The run itself is the same all-or-nothing transaction; only its progress is kept
 * here, in memory, for an hour after it ends.
 */
@Component
public class RunJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RunJobs.class);

	private static final Duration KEPT = Duration.ofHours(1);

	/** A run in the background: its progress, then its run id or why it failed (a text of the bundles). */
	public record Job(String id, String owner, String region, String agency, String period, int total,
			int done, String status, Long runId, MessageSourceResolvable error, Instant ended) {
	}

	private final Evaluations evaluations;

	private final Employees employees;

	private final Map<String, JobState> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "evaluation-run");
		thread.setDaemon(true);
		thread.setContextClassLoader(RunJobs.class.getClassLoader());
		return thread;
	});

	RunJobs(Evaluations evaluations, Employees employees) {
		this.evaluations = evaluations;
		this.employees = employees;
	}

	/**
	 * Checks the scope (404s and a broken policy answer at once), then runs in the background as the
	 * current user, whose access the caller has checked.
	 * @return the job's id
	 */
	public String start(String region, String agency, String period) {
		evaluations.requireRunnable(region, agency, period);
		forgetOld();
		JobState job = new JobState(UUID.randomUUID().toString(), CurrentUser.name(), region, agency, period,
				employees.inScope(region, agency == null ? List.of() : List.of(agency)));
		jobs.put(job.id, job);
		executor.execute(new DelegatingSecurityContextRunnable(() -> execute(job)));
		return job.id;
	}

	public Optional<Job> job(String id) {
		JobState job = jobs.get(id);
		return job == null ? Optional.empty() : Optional.of(job.view());
	}

	private void execute(JobState job) {
		try {
			RunSummary run = evaluations.run(job.region, job.agency, job.period, done -> job.done = done);
			job.finish(run.id(), null);
		}
		catch (ErrorResponseException ex) {
			job.finish(null, new DefaultMessageSourceResolvable(new String[] { ex.getDetailMessageCode() },
					ex.getDetailMessageArguments(), ex.getBody().getDetail()));
		}
		catch (RuntimeException ex) {
			log.error("Background run {} failed", job.id, ex);
			job.finish(null, new DefaultMessageSourceResolvable(null, null,
					ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
		}
	}

	private void forgetOld() {
		Instant limit = Instant.now().minus(KEPT);
		jobs.values().removeIf(job -> job.ended != null && job.ended.isBefore(limit));
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

	private static final class JobState {

		private final String id;

		private final String owner;

		private final String region;

		private final String agency;

		private final String period;

		private final int total;

		private volatile int done;

		private volatile Long runId;

		private volatile MessageSourceResolvable error;

		private volatile Instant ended;

		JobState(String id, String owner, String region, String agency, String period, int total) {
			this.id = id;
			this.owner = owner;
			this.region = region;
			this.agency = agency;
			this.period = period;
			this.total = total;
		}

		void finish(Long run, MessageSourceResolvable failure) {
			this.runId = run;
			this.error = failure;
			this.ended = Instant.now();
		}

		Job view() {
			String status = ended == null ? "RUNNING" : runId != null ? "DONE" : "FAILED";
			return new Job(id, owner, region, agency, period, total, done, status, runId, error, ended);
		}

	}

}
