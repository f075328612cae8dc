package id.kinerja.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import id.kinerja.access.CurrentUser;
import id.kinerja.staff.Employees;
import id.kinerja.system.Capacity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Official runs, from the API and the pages: at most {@code kinerja.work.runs} at once, each on its own
 * connection, and at most {@code kinerja.work.run-queue} waiting in order with their position shown; more
 * are refused with 429. The run itself is the same all-or-nothing transaction; its progress is kept here,
 * in memory, for an hour after it ends.
 */
@Component
public class RunJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RunJobs.class);

	private static final Duration KEPT = Duration.ofHours(1);

	/**
	 * A run: waiting (its position in the queue, 1 first), running (its progress), then its run id or why it
	 * failed (a text of the bundles).
	 */
	public record Job(String id, String owner, String region, String agency, String period, int total,
			int done, String status, int position, Long runId, MessageSourceResolvable error, Instant ended) {
	}

	private final Evaluations evaluations;

	private final Employees employees;

	private final Capacity capacity;

	private final Map<String, JobState> jobs = new ConcurrentHashMap<>();

	private final ConcurrentLinkedDeque<JobState> waiting = new ConcurrentLinkedDeque<>();

	private final ThreadPoolExecutor executor;

	RunJobs(Evaluations evaluations, Employees employees, Capacity capacity) {
		this.evaluations = evaluations;
		this.employees = employees;
		this.capacity = capacity;
		this.executor = new ThreadPoolExecutor(capacity.runs(), capacity.runs(), 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, capacity.runQueue())), runnable -> {
					Thread thread = new Thread(runnable, "evaluation-run");
					thread.setDaemon(true);
					thread.setContextClassLoader(RunJobs.class.getClassLoader());
					return thread;
				});
	}

	/**
	 * Checks the scope (404s and a broken policy answer at once), then queues the run as the current user,
	 * whose access the caller has checked.
	 * @return the job's id
	 * @throws id.kinerja.system.Refusal 429 when the queue is full
	 */
	public String start(String region, String agency, String period) {
		evaluations.requireRunnable(region, agency, period);
		forgetOld();
		JobState job = new JobState(UUID.randomUUID().toString(), CurrentUser.name(), region, agency, period,
				employees.inScope(region, agency == null ? List.of() : List.of(agency)));
		if (capacity.runQueue() == 0 && executor.getActiveCount() >= capacity.runs()) {
			throw busy();
		}
		jobs.put(job.id, job);
		waiting.add(job);
		try {
			executor.execute(new DelegatingSecurityContextRunnable(() -> execute(job)));
		}
		catch (RejectedExecutionException ex) {
			jobs.remove(job.id);
			waiting.remove(job);
			throw busy();
		}
		return job.id;
	}

	private RuntimeException busy() {
		return Capacity.busy("evaluasi resmi", executor.getActiveCount(), waiting.size(), Duration.ofSeconds(10));
	}

	public Optional<Job> job(String id) {
		JobState job = jobs.get(id);
		return job == null ? Optional.empty() : Optional.of(job.view(position(job)));
	}

	/**
	 * Waits at most {@code patience} for a run to end. A run that failed throws what it failed with, as a
	 * run that was not queued would have.
	 */
	public Job await(String id, Duration patience) {
		JobState job = jobs.get(id);
		try {
			job.ending.get(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// still waiting or running: the caller answers with its progress
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
		}
		return job.view(position(job));
	}

	private int position(JobState job) {
		int position = 1;
		for (JobState queued : new ArrayList<>(waiting)) {
			if (queued == job) {
				return position;
			}
			position++;
		}
		return 0;
	}

	private void execute(JobState job) {
		waiting.remove(job);
		job.started = true;
		try {
			RunSummary run = evaluations.run(job.region, job.agency, job.period, done -> job.done = done);
			job.finish(run.id(), null, null);
		}
		catch (ErrorResponseException ex) {
			job.finish(null, new DefaultMessageSourceResolvable(new String[] { ex.getDetailMessageCode() },
					ex.getDetailMessageArguments(), ex.getBody().getDetail()), ex);
		}
		catch (RuntimeException ex) {
			log.error("Run {} failed", job.id, ex);
			job.finish(null, new DefaultMessageSourceResolvable(null, null,
					ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()), ex);
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

		private final CompletableFuture<Long> ending = new CompletableFuture<>();

		private volatile boolean started;

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

		void finish(Long run, MessageSourceResolvable failure, RuntimeException cause) {
			this.runId = run;
			this.error = failure;
			this.ended = Instant.now();
			if (cause == null) {
				ending.complete(run);
			}
			else {
				ending.completeExceptionally(cause);
			}
		}

		Job view(int position) {
			String status = ended != null ? (runId != null ? "DONE" : "FAILED") : started ? "RUNNING" : "QUEUED";
			return new Job(id, owner, region, agency, period, total, done, status, position, runId, error, ended);
		}

	}

}
