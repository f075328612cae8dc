package id.kinerja.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.drools.drl.ast.descr.PackageDescr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The active compiled policy of every region. Loaded from the folders at start-up; replaced in one step
 * when a validated draft is published or when files change on disk and still validate. A region whose
 * files never compiled is kept aside with its problems; the other regions keep working.
 */
@Service
public class Policies {

	private static final Logger log = LoggerFactory.getLogger(Policies.class);

	private final PolicySources sources;

	private final PolicyCompiler compiler;

	private final ApplicationEventPublisher events;

	private volatile CompiledPolicy national;

	private final Map<String, CompiledPolicy> active = new ConcurrentHashMap<>();

	/** Regions with no working version at all: evaluations are refused. */
	private final Map<String, List<PolicyProblem>> broken = new ConcurrentHashMap<>();

	/** Regions whose files on disk were refused: the previous version keeps serving. */
	private final Map<String, List<PolicyProblem>> refused = new ConcurrentHashMap<>();

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	Policies(PolicySettings settings, ApplicationEventPublisher events) {
		this.sources = new PolicySources(settings.rootFolder());
		this.compiler = new PolicyCompiler(settings.engine());
		this.events = events;
		this.national = compiler.compile(null, sources.read(null));
		log.info("Loading the policies of every region under {}", settings.rootFolder());
		sources.regions().forEach(this::load);
	}

	private void load(String region) {
		long start = System.nanoTime();
		try {
			CompiledPolicy policy = compiler.compile(region, sources.read(region));
			active.put(region, policy);
			log.info("Policy of {} compiled in {} ms, version {}", region, (System.nanoTime() - start) / 1_000_000,
					policy.version());
		}
		catch (InvalidPolicy ex) {
			broken.put(region, ex.problems());
			log.error("Policy of {} does not compile; evaluations for it are refused: {}", region, ex.problems());
		}
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
	 * Validates a draft of a region: {@code changes} maps repository paths to their new content (null
	 * deletes the file); the files not named stay as the active policy has them. Writes nothing.
	 */
	public Validation validate(String region, Map<String, String> changes) {
		return check(region, withChanges(region, changes)).validation();
	}

	/**
	 * Publishes a draft that validates: its files are written and the region's policy is swapped in one
	 * step. Evaluations that already hold the previous version finish on it; the next ones get this one.
	 * @throws InvalidDraft (422) when the draft does not validate, nothing written
	 */
	public CompiledPolicy publish(String region, Map<String, String> changes) {
		synchronized (lock(region)) {
			Checked checked = check(region, withChanges(region, changes));
			if (!checked.validation().valid()) {
				throw new InvalidDraft(region, checked.validation());
			}
			sources.write(changes);
			activate(region, checked.policy());
			log.info("Policy of {} published: version {}", region, checked.policy().version());
			return checked.policy();
		}
	}

	/**
	 * A region's draft compiled for a what-if, never activated. A draft with problems (syntax, unsafe code,
	 * policy checks) is refused; failing case tables are expected when outcomes are meant to change, so
	 * they come back with it for the analyst to see.
	 * @throws InvalidDraft (422) with the problems
	 */
	public DraftPolicy draft(String region, Map<String, String> changes) {
		if (changes.isEmpty()) {
			return new DraftPolicy(active(region), Validation.of(active(region).version(), List.of(), List.of()));
		}
		Checked checked = check(region, withChanges(region, changes));
		if (checked.policy() == null || !checked.validation().problems().isEmpty()) {
			throw new InvalidDraft(region, checked.validation());
		}
		return new DraftPolicy(checked.policy(), checked.validation());
	}

	/**
	 * Compiles the given files of a region without activating them, e.g. the files of an earlier version
	 * to replay an evaluation under it.
	 */
	public CompiledPolicy compile(String region, List<PolicyFile> files) {
		return compiler.compile(region, files);
	}

	/**
	 * Reads a region's files from disk again (the national files: every region). Files that validate
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
			if (current != null && current.version().equals(PolicyCompiler.version(files))) {
				refused.remove(region);
				return;
			}
			Checked checked = check(region, new Draft(files, List.of()));
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
		List<PolicyProblem> problems = new ArrayList<>(validation.problems());
		validation.failedCases()
			.forEach(failure -> problems.add(new PolicyProblem(failure.file(), failure.line(), 0, failure.message())));
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

	private record Checked(CompiledPolicy policy, Validation validation) {
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

	private Checked check(String region, Draft draft) {
		if (!draft.problems().isEmpty()) {
			return new Checked(null, Validation.of(null, draft.problems(), List.of()));
		}
		CompiledPolicy policy;
		try {
			policy = compiler.compile(region, draft.files());
		}
		catch (InvalidPolicy ex) {
			return new Checked(null, Validation.of(null, ex.problems(), List.of()));
		}
		List<PolicyFile> regionCases = draft.files().stream().filter(file -> file.layer() != Layer.NATIONAL).toList();
		List<CaseFailure> failures = PolicyCases.run(policy, regionCases);
		return new Checked(policy, Validation.of(policy.version(), lint(draft.files()), failures));
	}

	/** What compiles may still not mean what it says: weights, bands, rules that cannot fire. */
	private static List<PolicyProblem> lint(List<PolicyFile> files) {
		List<PolicyProblem> problems = new ArrayList<>();
		Map<String, PackageDescr> parsed = new HashMap<>();
		for (PolicyFile file : files) {
			if (file.isRules()) {
				parsed.put(file.path(), PolicyCompiler.parse(file, problems));
			}
		}
		List<PolicyFile> regionLayers = files.stream().filter(file -> file.layer() != Layer.AGENCY).toList();
		Map<String, ParameterDefinition> parameters = ParameterFiles.merge(regionLayers, problems);
		problems.addAll(PolicyLint.check(files, parsed, parameters));
		return problems;
	}

}
