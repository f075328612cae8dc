package id.kinerja.whatif;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.DraftPolicy;
import id.kinerja.policy.Policies;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.system.Capacity;
import id.kinerja.system.Meters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * A what-if as a job of the engine's background queue, run by whichever instance claims it: the draft is
 * compiled again there from the stored request, the scope's facts read once, in batches, and evaluated
 * under the active policy and the draft side by side; only the employees who change are kept. A try that
 * an instance left when it died starts over on another.
 */
@Component
class WhatIfTask implements DisposableBean {

	static final String NAME = "what-if";

	private static final Logger log = LoggerFactory.getLogger(WhatIfTask.class);

	private final OneTimeTask<Void> task;

	private final Policies policies;

	private final AppraisalFacts facts;

	private final WhatIfStore store;

	/** The draft's side of each running what-if, evaluated beside the active policy's. */
	private final ExecutorService draftSide;

	private final Meters meters;

	WhatIfTask(Policies policies, AppraisalFacts facts, WhatIfStore store, Capacity capacity, Meters meters) {
		this.meters = meters;
		this.policies = policies;
		this.facts = facts;
		this.store = store;
		this.draftSide = Executors.newFixedThreadPool(capacity.whatIfs(), runnable -> {
			Thread thread = new Thread(runnable, "what-if-draft");
			thread.setDaemon(true);
			thread.setContextClassLoader(WhatIfTask.class.getClassLoader());
			return thread;
		});
		this.task = Tasks.oneTime(NAME)
			.onFailure(this::failed)
			.execute((instance, context) -> execute(Long.parseLong(instance.getId())));
	}

	OneTimeTask<Void> task() {
		return task;
	}

	private void execute(long id) {
		WhatIfRequest request = store.request(id).orElse(null);
		if (request == null || !store.begin(id)) {
			return;
		}
		long start = System.nanoTime();
		try {
			compare(id, request);
			meters.whatIfEnded("done", Duration.ofNanos(System.nanoTime() - start));
		}
		catch (RuntimeException ex) {
			meters.whatIfEnded("failed", Duration.ofNanos(System.nanoTime() - start));
			throw ex;
		}
	}

	private void compare(long id, WhatIfRequest request) {
		OffsetDateTime asOf = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
		CompiledPolicy before = policies.active(request.region());
		try (DraftPolicy draft = policies.draft(request.region(), request.files())) {
			CompiledPolicy after = draft.policy().withOverrides(request.overrides());
			int[] position = { 0 };
			Comparison comparison = new Comparison(before, after, draftSide, changes -> {
				store.changes(id, position[0], changes);
				position[0] += changes.size();
			});
			for (String agency : scopes(request)) {
				facts.load(request.region(), agency, request.period(), sink(id, comparison));
			}
			comparison.flush();
			WhatIfOutcome.Provenance provenance = new WhatIfOutcome.Provenance(before.version(), after.version(),
					request.overrides(), List.copyOf(request.files().keySet()), asOf, null, null);
			store.finish(id, provenance, new WhatIfStore.Aggregate(comparison.summary(), comparison.agencies(),
					comparison.awards(), draft.validation().failedCases()), comparison.evaluated());
		}
	}

	/** A what-if that failed is not tried again: the same draft on the same data would fail the same way. */
	private void failed(ExecutionComplete complete, ExecutionOperations<Void> operations) {
		long id = Long.parseLong(complete.getExecution().taskInstance.getId());
		Throwable cause = complete.getCause().orElse(null);
		log.warn("What-if {} failed", id, cause);
		store.fail(id, reason(cause));
		operations.remove();
	}

	private static String reason(Throwable cause) {
		if (cause instanceof ErrorResponseException refused && refused.getBody().getDetail() != null) {
			return refused.getBody().getDetail();
		}
		return cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
	}

	private BatchSink sink(long id, Comparison comparison) {
		return new BatchSink() {

			@Override
			public void batch(AgencyBatch batch) {
				comparison.batch(batch.agency(), batch.employees());
				store.progress(id, comparison.evaluated());
			}

			@Override
			public void agencyDone(String agency, OrganisationRating organisationRating) {
				comparison.agencyDone(agency, organisationRating);
			}

		};
	}

	/** The agencies asked for, or the whole region (null). */
	private static List<String> scopes(WhatIfRequest request) {
		if (!request.agencies().isEmpty()) {
			return request.agencies();
		}
		List<String> whole = new ArrayList<>();
		whole.add(null);
		return whole;
	}

	@Override
	public void destroy() {
		draftSide.shutdownNow();
	}

}
