package id.kinerja.whatif;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import id.kinerja.access.CurrentUser;
import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.access.RegionScope;
import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.appraisal.Periods;
import id.kinerja.system.PageOf;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.DraftPolicy;
import id.kinerja.policy.Policies;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.Employees;
import id.kinerja.staff.Regions;
import id.kinerja.system.Capacity;
import id.kinerja.system.Refusal;
import id.kinerja.system.UserSlots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs what-ifs: the facts of a scope are read once, in batches, and evaluated under the active policy
 * and under the draft; only the employees who change are kept. A run that takes longer than the wait
 * goes on in the background and reports done / total. What-ifs have their own thread, so official
 * evaluations are never queued behind one.
 */
@Service
public class WhatIfs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WhatIfs.class);

	private final Policies policies;

	private final AppraisalFacts facts;

	private final WhatIfStore store;

	private final RegionAccess access;

	private final Regions regions;

	private final Agencies agencies;

	private final Periods periods;

	private final Employees employees;

	private final Duration wait;

	private final UserSlots slots;

	/** At most {@code kinerja.work.what-ifs} at once, {@code what-if-queue} waiting; more are refused with 429. */
	private final ThreadPoolExecutor executor;

	/** The draft's side of each running what-if, evaluated beside the active policy's. */
	private final ExecutorService draftSide;

	private final Capacity capacity;

	WhatIfs(Policies policies, AppraisalFacts facts, WhatIfStore store, RegionAccess access, Regions regions,
			Agencies agencies, Periods periods, Employees employees, UserSlots slots,
			Capacity capacity, @Value("${kinerja.whatif.wait:3s}") Duration wait) {
		this.capacity = capacity;
		this.executor = new ThreadPoolExecutor(capacity.whatIfs(), capacity.whatIfs(), 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, capacity.whatIfQueue())), thread("what-if"));
		this.draftSide = Executors.newFixedThreadPool(capacity.whatIfs(), thread("what-if-draft"));
		this.slots = slots;
		this.policies = policies;
		this.facts = facts;
		this.store = store;
		this.access = access;
		this.regions = regions;
		this.agencies = agencies;
		this.periods = periods;
		this.employees = employees;
		this.wait = wait;
	}

	/**
	 * Starts a what-if and waits a moment for it: the outcome when it finished, its progress otherwise.
	 * @throws id.kinerja.policy.InvalidDraft, id.kinerja.policy.InvalidOverride (422) and 404 for unknown
	 * region, agency or period, before anything is written
	 */
	WhatIfOutcome start(WhatIfRequest request) {
		return start(request, wait);
	}

	/** As {@link #start(WhatIfRequest)}, waiting at most {@code patience} before answering with the progress. */
	public WhatIfOutcome start(WhatIfRequest request, Duration patience) {
		access.require(request.region(), Permission.RUN_WHAT_IF);
		regions.require(request.region());
		request.agencies().forEach(agency -> agencies.require(request.region(), agency));
		periods.require(request.period());
		CompiledPolicy before = policies.active(request.region());
		if (executor.getQueue().remainingCapacity() == 0) {
			throw Capacity.busy("what-if", executor.getActiveCount(), executor.getQueue().size(), Duration.ofSeconds(10));
		}
		UserSlots.Slot slot = slots.take(UserSlots.Kind.WHAT_IF, CurrentUser.name());
		DraftPolicy draft = null;
		Future<?> running;
		long id;
		try {
			draft = policies.draft(request.region(), request.files());
			CompiledPolicy after = draft.policy().withOverrides(request.overrides());
			id = store.start(request, employees.inScope(request.region(), request.agencies()), CurrentUser.name());
			DraftPolicy held = draft;
			running = submit(id, () -> execute(id, request, before, after, held, slot));
		}
		catch (RuntimeException ex) {
			if (draft != null) {
				draft.close();
			}
			slot.close();
			throw ex;
		}
		try {
			running.get(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// goes on in the background; the caller polls the progress
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			// the draft's rules were stopped (the sandbox's limits, a runaway rule): the caller learns why
			if (ex.getCause() instanceof Refusal refusal) {
				throw refusal;
			}
			log.error("What-if {} failed", id, ex.getCause());
		}
		return find(id);
	}

	WhatIfOutcome find(long id) {
		return store.find(id).orElseThrow(() -> Refusal.notFound("id", id));
	}

	/** A what-if the current user may read: its progress while running, its outcome once done. */
	public WhatIfOutcome read(long id) {
		requireReadable(id);
		return find(id);
	}

	/** What-ifs of a region, or of every region where the user may run them; newest first. */
	public List<WhatIfStore.Listed> list(String region, int page, int size) {
		return list(region, WhatIfSort.REQUESTED, true, page, size).content();
	}

	/** As {@link #list(String, int, int)}, in the order asked; the database sorts and pages. */
	public PageOf<WhatIfStore.Listed> list(String region, WhatIfSort sort, boolean descending, int page, int size) {
		access.require(region, Permission.RUN_WHAT_IF);
		RegionScope scope = access.scope(Permission.RUN_WHAT_IF);
		if (region == null && scope.all()) {
			return store.list(null, sort, descending, page, size);
		}
		List<String> regions = region != null ? List.of(region) : List.copyOf(scope.regions());
		return regions.isEmpty() ? PageOf.of(List.of(), page, size, 0)
				: store.list(regions, sort, descending, page, size);
	}

	/** The employees who change under the draft, those the filter keeps, in the order asked. */
	public PageOf<EmployeeChange> changes(long id, ChangeFilter filter, ChangeSort sort, boolean descending, int page,
			int size) {
		requireReadable(id);
		return PageOf.of(store.changes(id, filter, sort, descending, page, size), page, size,
				store.countChanges(id, filter));
	}

	/** Checks that the current user may see the what-if of its region. */
	void requireReadable(long id) {
		access.requireVisible(store.region(id).orElseThrow(() -> Refusal.notFound("id", id)), Permission.RUN_WHAT_IF,
				() -> Refusal.notFound("id", id));
	}

	WhatIfOutcome rerun(long id) {
		requireReadable(id);
		return start(store.request(id).orElseThrow(() -> Refusal.notFound("id", id)));
	}

	private void execute(long id, WhatIfRequest request, CompiledPolicy before, CompiledPolicy after,
			DraftPolicy draft, UserSlots.Slot slot) {
		try {
			OffsetDateTime asOf = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
			int[] position = { 0 };
			Comparison comparison = new Comparison(before, after, draftSide, changes -> {
				store.changes(id, position[0], changes);
				position[0] += changes.size();
			});
			List<String> scopes = request.agencies().isEmpty() ? singletonNull() : request.agencies();
			for (String agency : scopes) {
				facts.load(request.region(), agency, request.period(), sink(id, comparison));
			}
			comparison.flush();
			WhatIfOutcome.Provenance provenance = new WhatIfOutcome.Provenance(before.version(), after.version(),
					request.overrides(), List.copyOf(request.files().keySet()), asOf, null, null);
			store.finish(id, provenance, new WhatIfStore.Aggregate(comparison.summary(), comparison.agencies(),
					comparison.awards(), draft.validation().failedCases()), comparison.evaluated());
		}
		catch (RuntimeException ex) {
			log.error("What-if {} failed", id, ex);
			store.fail(id, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			if (ex instanceof Refusal) {
				throw ex;
			}
		}
		finally {
			draft.close();
			slot.close();
		}
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

	/** Queues a stored what-if; one that lost the race for the queue's last place is failed, and refused. */
	private Future<?> submit(long id, Runnable work) {
		try {
			return executor.submit(work);
		}
		catch (RejectedExecutionException ex) {
			store.fail(id, "antrean what-if penuh");
			throw Capacity.busy("what-if", executor.getActiveCount(), executor.getQueue().size(), Duration.ofSeconds(10));
		}
	}

	private static ThreadFactory thread(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			thread.setContextClassLoader(WhatIfs.class.getClassLoader());
			return thread;
		};
	}

	private static List<String> singletonNull() {
		List<String> whole = new ArrayList<>();
		whole.add(null);
		return whole;
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
		draftSide.shutdownNow();
	}

}
