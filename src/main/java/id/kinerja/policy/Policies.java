package id.kinerja.policy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The active compiled policy of every region, loaded from the folders at start-up. A region whose files
 * do not compile is kept aside with its problems; the other regions keep working.
 */
@Service
public class Policies {

	private static final Logger log = LoggerFactory.getLogger(Policies.class);

	private final PolicySources sources;

	private final PolicyCompiler compiler;

	private final CompiledPolicy national;

	private final Map<String, CompiledPolicy> active = new ConcurrentHashMap<>();

	private final Map<String, List<PolicyProblem>> broken = new ConcurrentHashMap<>();

	Policies(PolicySettings settings) {
		this.sources = new PolicySources(settings.rootFolder());
		this.compiler = new PolicyCompiler(settings.engine());
		this.national = compiler.compile(null, sources.read(null));
		log.info("Loading the policies of every region under {}", settings.rootFolder());
		sources.regions().forEach(this::load);
	}

	private void load(String region) {
		long start = System.nanoTime();
		try {
			CompiledPolicy policy = compiler.compile(region, sources.read(region));
			active.put(region, policy);
			broken.remove(region);
			log.info("Policy of {} compiled in {} ms, version {}", region, (System.nanoTime() - start) / 1_000_000,
					policy.version());
		}
		catch (InvalidPolicy ex) {
			broken.put(region, ex.problems());
			log.error("Policy of {} does not compile; evaluations for it are refused: {}", region, ex.problems());
		}
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

	/** Version per loaded region, and the problems of those that failed. */
	public Map<String, Object> status() {
		Map<String, Object> status = new TreeMap<>();
		active.forEach((region, policy) -> status.put(region, Map.of("version", policy.version())));
		broken.forEach((region, problems) -> status.put(region, Map.of("problems", problems)));
		return status;
	}

	boolean allHealthy() {
		return broken.isEmpty();
	}

}
