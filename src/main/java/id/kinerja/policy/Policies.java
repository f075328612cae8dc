package id.kinerja.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The active compiled policy of every region. Drafts (validation, publishing, what-ifs) are compiled, checked
 * and run in the sandbox's worker processes, never here; a version becomes active here only after it passed
 * every check. Files on disk (at start-up, or changed by an operator) pass the same checks here; a region
 * whose files do not stays on its last good version, from the archive, with the problems in health.
 */
@Service
public class Policies {

	private static final Logger log = LoggerFactory.getLogger(Policies.class);

	private final PolicySources sources;

	private final PolicyCompiler compiler;

	private final Sandbox sandbox;

	private final ApplicationEventPublisher events;

	private final Function<String, Optional<List<PolicyFile>>> lastGood;

	private volatile CompiledPolicy national;

	private final Map<String, CompiledPolicy> active = new ConcurrentHashMap<>();

	/** Regions with no working version at all: evaluations are refused. */
	private final Map<String, List<PolicyProblem>> broken = new ConcurrentHashMap<>();

	/** Regions whose files on disk were refused: the previous version keeps serving. */
	private final Map<String, List<PolicyProblem>> refused = new ConcurrentHashMap<>();

	/** Versions written to disk by a publication whose transaction has not ended: not a change on disk. */
	private final Map<String, String> publishing = new ConcurrentHashMap<>();

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	/**
	 * Versions of a region that passed every check in the sandbox lately, by their hash over every file: the
	 * checks are the same for the same files, so publishing a version just validated need not run them again.
	 */
	private final Cache<String, Boolean> passed = Caffeine.newBuilder()
		.maximumSize(64)
		.expireAfterWrite(Duration.ofMinutes(30))
		.build();

	@Autowired
	Policies(PolicySettings settings, Sandbox sandbox, ApplicationEventPublisher events,
			ObjectProvider<LastGoodVersions> archive) {
		this(settings, sandbox, events, region -> Optional.ofNullable(archive.getIfAvailable())
			.flatMap(versions -> versions.lastActive(region)));
	}

	Policies(PolicySettings settings, Sandbox sandbox, ApplicationEventPublisher events,
			Function<String, Optional<List<PolicyFile>>> lastGood) {
		this.sources = new PolicySources(settings.rootFolder());
		this.compiler = new PolicyCompiler(settings.engine());
		this.sandbox = sandbox;
		this.events = events;
		this.lastGood = lastGood;
		this.national = compiler.compile(null, sources.read(null));
		log.info("Loading the policies of every region under {}", settings.rootFolder());
		sources.regions().forEach(this::load);
	}

	/** A region's files on disk, checked as a draft is; on failure its last good version from the archive. */
	private void load(String region) {
		long start = System.nanoTime();
		List<PolicyFile> files = sources.read(region);
		DraftCheck.Checked checked = DraftCheck.check(compiler, region, files);
		if (checked.validation().valid()) {
			active.put(region, checked.policy());
			log.info("Policy of {} checked and compiled in {} ms, version {}", region,
					(System.nanoTime() - start) / 1_000_000, checked.policy().version());
			return;
		}
		List<PolicyProblem> problems = problems(checked.validation());
		Optional<List<PolicyFile>> good = lastGood.apply(region);
		if (good.isEmpty()) {
			broken.put(region, problems);
			log.error("Policy of {} does not pass its checks and has no earlier version; evaluations for it are refused: {}",
					region, problems);
			return;
		}
		CompiledPolicy previous = compiler.compile(region, good.get());
		active.put(region, previous);
		refused.put(region, problems);
		log.error("Files of {} on disk do not pass their checks; its last good version {} stays active: {}", region,
				previous.version(), problems);
	}

	/**
	 * A new region gets its empty policy folder and, from then on, the national baseline as its active
	 * policy: no restart. A region that has a folder already keeps its files.
	 */
	public void addRegion(String region) {
		if (!region.matches("[a-z0-9-]{2,40}")) {
			throw new IllegalArgumentException("A region's folder is lower-case letters, digits and '-': " + region);
		}
		sources.createRegionFolder(region);
		reload(region);
	}

	/** The national baseline alone, for evaluations outside any region. */
	public CompiledPolicy national() {
		return national;
	}

	/** The active policy of a region. */
	public CompiledPolicy active(String region) {
		CompiledPolicy policy = active.get(region);
		if (policy != null) {
			return policy;
		}
		List<PolicyProblem> problems = broken.get(region);
		if (problems != null) {
			throw new PolicyUnavailable(region, problems);
		}
		throw new UnknownPolicy(region);
	}

	/** The regions that have a policy folder, working or not. */
	public List<String> regions() {
		List<String> regions = new ArrayList<>(active.keySet());
		regions.addAll(broken.keySet());
		return regions.stream().distinct().sorted().toList();
	}

	/**
	 * Validates a draft of a region in the sandbox: {@code changes} maps repository paths to their new content
	 * (null deletes the file); the files not named stay as the active policy has them. Writes nothing.
	 */
	public Validation validate(String region, Map<String, String> changes) {
		Draft draft = withChanges(region, changes);
		if (!draft.problems().isEmpty()) {
			return Validation.of(null, draft.problems(), List.of());
		}
		Validation validation = sandbox.validate(region, draft.files());
		if (validation.valid()) {
			passed.put(region + "/" + validation.version(), Boolean.TRUE);
		}
		return validation;
	}

	/**
	 * Publishes a draft that validates, as one unit: {@code record} writes the archive rows, release and audit
	 * entry in the caller's transaction, then the files are written; the compiled version becomes active when
	 * that transaction commits. When any part fails, the files are put back and the active version stays.
	 * @throws InvalidDraft (422) when the draft does not validate, nothing written
	 */
	public CompiledPolicy publish(String region, Map<String, String> changes, Consumer<CompiledPolicy> record) {
		synchronized (lock(region)) {
			Draft draft = withChanges(region, changes);
			if (!draft.problems().isEmpty()) {
				throw new InvalidDraft(region, Validation.of(null, draft.problems(), List.of()));
			}
			// compiled here for official work while the sandbox checks and runs it: the guard refuses unsafe
			// files before the compiler builds anything, and nothing of the draft runs here before it passed
			CompletableFuture<CompiledPolicy> compiling = EngineThreads.async(() -> compiler.compile(region, draft.files()));
			// the very files that passed a validation moments ago (validate, then publish) are not checked again
			boolean checked = passed.getIfPresent(region + "/" + PolicyCompiler.version(draft.files())) != null;
			Validation validation = checked ? Validation.of(PolicyCompiler.version(draft.files()), List.of(), List.of())
					: sandbox.validate(region, draft.files());
			if (!validation.valid()) {
				throw new InvalidDraft(region, validation);
			}
			CompiledPolicy policy = compiled(region, compiling);
			record.accept(policy);
			publishing.put(region, policy.version());
			Map<String, String> before;
			try {
				before = sources.write(changes);
			}
			catch (RuntimeException ex) {
				publishing.remove(region);
				throw ex;
			}
			onCommit(() -> {
				activate(region, policy);
				log.info("Policy of {} published: version {}", region, policy.version());
			}, () -> {
				sources.restore(before);
				log.warn("Publication of {} version {} rolled back: files restored", region, policy.version());
			}, () -> publishing.remove(region));
			return policy;
		}
	}

	private static CompiledPolicy compiled(String region, CompletableFuture<CompiledPolicy> compiling) {
		try {
			return compiling.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof InvalidPolicy invalid) {
				throw new InvalidDraft(region, Validation.of(null, invalid.problems(), List.of()));
			}
			throw ex;
		}
	}

	/** Runs the first step once the surrounding transaction commits, the second when it does not. */
	private static void onCommit(Runnable committed, Runnable rolledBack, Runnable finished) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			committed.run();
			finished.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				try {
					(status == STATUS_COMMITTED ? committed : rolledBack).run();
				}
				finally {
					finished.run();
				}
			}
		});
	}

	/**
	 * A region's draft compiled in a sandbox worker for a what-if, never activated; close it to free the
	 * worker. A draft with problems (syntax, unsafe code, policy checks) is refused; failing case tables are
	 * expected when outcomes are meant to change, so they come back with it for the analyst to see.
	 * @throws InvalidDraft (422) with the problems
	 */
	public DraftPolicy draft(String region, Map<String, String> changes) {
		CompiledPolicy current = active(region);
		if (changes.isEmpty()) {
			return new DraftPolicy(current, Validation.of(current.version(), List.of(), List.of()), null);
		}
		Draft draft = withChanges(region, changes);
		if (!draft.problems().isEmpty()) {
			throw new InvalidDraft(region, Validation.of(null, draft.problems(), List.of()));
		}
		DraftLease lease = sandbox.prepare(region, draft.files());
		if (!lease.compiled() || !lease.validation().problems().isEmpty()) {
			lease.close();
			throw new InvalidDraft(region, lease.validation());
		}
		return new DraftPolicy(lease.policy(region, draft.files(), current.settings()), lease.validation(), lease);
	}

	/**
	 * Compiles the given files of a region without activating them: the files of a version that was active
	 * before (they passed every check then), to replay an evaluation under it.
	 */
	public CompiledPolicy compile(String region, List<PolicyFile> files) {
		return compiler.compile(region, files);
	}

	/**
	 * Reads a region's files from disk again (the national files: every region). Files that pass every check
	 * become active; files that do not are refused, logged and shown, and the previous version stays.
	 */
	public void reload(String region) {
		if (region.equals("*")) {
			national = compiler.compile(null, sources.read(null));
			sources.regions().forEach(this::reload);
			return;
		}
		synchronized (lock(region)) {
			List<PolicyFile> files = sources.read(region);
			CompiledPolicy current = active.get(region);
			String version = PolicyCompiler.version(files);
			if (current != null && current.version().equals(version) || version.equals(publishing.get(region))) {
				refused.remove(region);
				return;
			}
			DraftCheck.Checked checked = DraftCheck.check(compiler, region, files);
			if (checked.validation().valid()) {
				activate(region, checked.policy());
				log.info("Policy of {} reloaded from disk: version {}", region, checked.policy().version());
				events.publishEvent(new PolicyReloaded(region, checked.policy().version(),
						current == null ? null : current.version(), files));
			}
			else {
				refuse(region, current, checked.validation());
			}
		}
	}

	private void refuse(String region, CompiledPolicy current, Validation validation) {
		List<PolicyProblem> problems = problems(validation);
		if (current == null) {
			broken.put(region, problems);
		}
		else {
			refused.put(region, problems);
		}
		log.error("Files of {} changed on disk do not validate; version {} stays active: {}", region,
				current == null ? "(none)" : current.version(), problems);
		events.publishEvent(new PolicyRefused(region, current == null ? null : current.version(), problems));
	}

	private static List<PolicyProblem> problems(Validation validation) {
		List<PolicyProblem> problems = new ArrayList<>(validation.problems());
		validation.failedCases()
			.forEach(failure -> problems.add(new PolicyProblem(failure.file(), failure.line(), 0, failure.message())));
		return problems;
	}

	private void activate(String region, CompiledPolicy policy) {
		active.put(region, policy);
		broken.remove(region);
		refused.remove(region);
	}

	/** Version per loaded region, and the problems of those that failed or whose disk files were refused. */
	public Map<String, Object> status() {
		Map<String, Object> status = new TreeMap<>();
		active.forEach((region, policy) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("version", policy.version());
			if (refused.containsKey(region)) {
				entry.put("refusedChanges", refused.get(region));
			}
			status.put(region, entry);
		});
		broken.forEach((region, problems) -> status.put(region, Map.of("problems", problems)));
		return status;
	}

	boolean allHealthy() {
		return broken.isEmpty() && refused.isEmpty();
	}

	PolicySources sources() {
		return sources;
	}

	private Object lock(String region) {
		return locks.computeIfAbsent(region, r -> new Object());
	}

	private record Draft(List<PolicyFile> files, List<PolicyProblem> problems) {
	}

	/** The region's files with the changes applied, in layer order. */
	private Draft withChanges(String region, Map<String, String> changes) {
		CompiledPolicy current = active.get(regionOrBroken(region));
		Map<String, PolicyFile> files = new LinkedHashMap<>();
		(current != null ? current.files() : sources.read(region)).forEach(file -> files.put(file.path(), file));
		List<PolicyProblem> problems = new ArrayList<>();
		changes.forEach((path, content) -> {
			PolicyFile file = PolicySources.draftFile(region, path, content == null ? "" : content, problems);
			if (file != null && content == null) {
				files.remove(path);
			}
			else if (file != null) {
				files.put(path, file);
			}
		});
		List<PolicyFile> ordered = files.values()
			.stream()
			.sorted((a, b) -> a.layer() != b.layer() ? a.layer().compareTo(b.layer()) : a.path().compareTo(b.path()))
			.toList();
		return new Draft(ordered, problems);
	}

	/** The active policy, or null for a region that exists only as broken files. */
	private String regionOrBroken(String region) {
		if (!active.containsKey(region) && !broken.containsKey(region)) {
			throw new UnknownPolicy(region);
		}
		return region;
	}

}
