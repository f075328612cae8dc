package id.kinerja.policy;

import java.util.List;

/**
 * Files changed on disk (an editor, {@code git pull}) validated and became the region's active policy.
 * Listeners keep every version that ever served, so any evaluation can be replayed under it.
 */
public record PolicyReloaded(String region, String version, String previousVersion, List<PolicyFile> files) {

	public PolicyReloaded {
		files = List.copyOf(files);
	}

}
