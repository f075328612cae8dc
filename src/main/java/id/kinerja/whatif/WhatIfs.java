package id.kinerja.whatif;

import java.time.Duration;
import java.util.List;

import id.kinerja.access.CurrentUser;
import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.access.RegionScope;
import id.kinerja.appraisal.Periods;
import id.kinerja.system.PageOf;
import id.kinerja.policy.DraftPolicy;
import id.kinerja.policy.Policies;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.Employees;
import id.kinerja.staff.Regions;
import id.kinerja.system.Capacity;
import id.kinerja.system.Refusal;
import id.kinerja.system.UserSlots;
import id.kinerja.work.Jobs;
import id.kinerja.work.Queue;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What-ifs: each is stored, then run as a job of the engine's background queue by whichever instance claims
 * it ({@link WhatIfTask}); its progress is in the database, read alike from every instance. The background
 * queue has threads of its own, so no number of what-ifs delays an official run.
 */
@Service
public class WhatIfs {

	private static final Duration POLL = Duration.ofMillis(100);

	private final Policies policies;

	private final WhatIfStore store;

	private final RegionAccess access;

	private final Regions regions;

	private final Agencies agencies;

	private final Periods periods;

	private final Employees employees;

	private final Duration wait;

	private final UserSlots slots;

	private final Capacity capacity;

	private final Jobs jobs;

	private final WhatIfTask task;

	WhatIfs(Policies policies, WhatIfStore store, RegionAccess access, Regions regions, Agencies agencies,
			Periods periods, Employees employees, UserSlots slots, Capacity capacity, Jobs jobs, WhatIfTask task,
			WhatIfSettings settings) {
		this.policies = policies;
		this.store = store;
		this.access = access;
		this.regions = regions;
		this.agencies = agencies;
		this.periods = periods;
		this.employees = employees;
		this.slots = slots;
		this.capacity = capacity;
		this.jobs = jobs;
		this.task = task;
		this.wait = settings.patience();
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
		String user = CurrentUser.name();
		long waiting = store.inProgress(null);
		if (waiting >= capacity.whatIfs() + capacity.whatIfQueue()) {
			throw Capacity.busy("what-if", capacity.whatIfs(), (int) waiting, Duration.ofSeconds(10));
		}
		slots.requireRoom(UserSlots.Kind.WHAT_IF, store.inProgress(user));
		long id;
		// the draft is checked here, so a broken one is refused before anything is stored
		try (UserSlots.Slot slot = slots.take(UserSlots.Kind.WHAT_IF, user);
				DraftPolicy draft = policies.draft(request.region(), request.files())) {
			draft.policy().withOverrides(request.overrides());
			id = store.start(request, employees.inScope(request.region(), request.agencies()), user);
		}
		jobs.background(Queue.BACKGROUND, task.task(), String.valueOf(id));
		return await(id, patience);
	}

	/** The outcome once the what-if ended within {@code patience}, its progress otherwise. */
	private WhatIfOutcome await(long id, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		WhatIfOutcome outcome = find(id);
		while (outcome.inProgress() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			outcome = find(id);
		}
		if (outcome.status().equals("FAILED")) {
			throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "What-if failed", "whatIfFailed", id, outcome.error());
		}
		return outcome;
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

}
