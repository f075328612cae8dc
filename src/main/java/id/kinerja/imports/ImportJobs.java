package id.kinerja.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import id.kinerja.access.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Imports started from the pages, in the background, so a large file shows its rows read instead of a page
 * that hangs. The uploaded file is kept with its job for an hour, so a clean dry run can be applied without
 * uploading it again (its SHA-256 stays the same).
 */
@Component
public class ImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final Duration KEPT = Duration.ofHours(1);

	/** A job as the page shows it: rows read, then the result or the refusal's text. */
	public record Job(String id, String owner, ImportRequest request, String fileName, int rowsRead, boolean done,
			ImportResult result, String refusal) {
	}

	private final Imports imports;

	private final Map<String, State> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "data-import");
		thread.setDaemon(true);
		thread.setContextClassLoader(ImportJobs.class.getClassLoader());
		return thread;
	});

	ImportJobs(Imports imports) {
		this.imports = imports;
	}

	/** Starts checking (or importing) a received file as the current user; the job owns the file from now on. */
	public String start(ImportRequest request, UploadedFile file, Locale locale) {
		forgetOld();
		State job = new State(UUID.randomUUID().toString(), CurrentUser.name(), request, file);
		jobs.put(job.id, job);
		executor.execute(new DelegatingSecurityContextRunnable(() -> execute(job, locale)));
		return job.id;
	}

	/** Applies the file of a clean dry run: a new job on the same file. */
	public Optional<String> apply(String id, Locale locale) {
		State dry = jobs.get(id);
		if (dry == null || dry.result == null || dry.result.outcome() != ImportResult.Outcome.CHECKED) {
			return Optional.empty();
		}
		ImportRequest request = dry.request;
		State job = new State(UUID.randomUUID().toString(), CurrentUser.name(),
				new ImportRequest(request.region(), request.kind(), request.mode(), false, request.period()), dry.file);
		dry.file = null;
		jobs.put(job.id, job);
		executor.execute(new DelegatingSecurityContextRunnable(() -> execute(job, locale)));
		return Optional.of(job.id);
	}

	public Optional<Job> job(String id) {
		State job = jobs.get(id);
		return job == null ? Optional.empty() : Optional.of(job.view());
	}

	private void execute(State job, Locale locale) {
		try {
			job.result = imports.run(job.request, job.file, locale, rows -> job.rows = rows);
		}
		catch (ImportRejected ex) {
			job.result = ex.result();
		}
		catch (ErrorResponseException ex) {
			job.refusal = ex.getBody().getDetail();
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", job.id, ex);
			job.refusal = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		}
		finally {
			job.ended = Instant.now();
			if (job.result == null || job.result.outcome() != ImportResult.Outcome.CHECKED) {
				job.release();
			}
		}
	}

	private void forgetOld() {
		Instant limit = Instant.now().minus(KEPT);
		jobs.values().removeIf(job -> {
			boolean old = job.ended != null && job.ended.isBefore(limit);
			if (old) {
				job.release();
			}
			return old;
		});
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
		jobs.values().forEach(State::release);
	}

	private static final class State {

		private final String id;

		private final String owner;

		private final ImportRequest request;

		private final String fileName;

		private volatile UploadedFile file;

		private volatile int rows;

		private volatile ImportResult result;

		private volatile String refusal;

		private volatile Instant ended;

		State(String id, String owner, ImportRequest request, UploadedFile file) {
			this.id = id;
			this.owner = owner;
			this.request = request;
			this.file = file;
			this.fileName = file.name();
		}

		void release() {
			UploadedFile kept = file;
			file = null;
			if (kept != null) {
				kept.close();
			}
		}

		Job view() {
			return new Job(id, owner, request, fileName, rows, ended != null, result, refusal);
		}

	}

}
