package id.kinerja.authoring;

import java.util.LinkedHashMap;
import java.util.Map;

import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.Policies;
import id.kinerja.system.Refusal;

import org.springframework.stereotype.Component;

/**
 * Any version a region ever had, compiled again from the archived files: to replay an evaluation under
 * the exact policy that produced it. The last few are kept compiled.
 */
@Component
public class PolicyVersions {

	private static final int KEPT = 8;

	private final Policies policies;

	private final PolicyArchive archive;

	private final Map<String, CompiledPolicy> compiled = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, CompiledPolicy> eldest) {
			return size() > KEPT;
		}

	};

	PolicyVersions(Policies policies, PolicyArchive archive) {
		this.policies = policies;
		this.archive = archive;
	}

	/**
	 * The region's policy as it was at that version: the active one when it is still active.
	 * @throws Refusal (404) when no release of the region has that version
	 */
	public CompiledPolicy compiled(String region, String version) {
		CompiledPolicy active = policies.active(region);
		if (active.version().equals(version)) {
			return active;
		}
		String key = region + "@" + version;
		synchronized (compiled) {
			CompiledPolicy kept = compiled.get(key);
			if (kept != null) {
				return kept;
			}
		}
		PolicyRelease release = archive.release(region, version).orElseThrow(() -> Refusal.notFound("policyVersion", version));
		CompiledPolicy policy = policies.compile(region, archive.files(release));
		synchronized (compiled) {
			compiled.put(key, policy);
		}
		return policy;
	}

}
