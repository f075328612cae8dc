package id.kinerja.policy;

/**
 * One rule or parameter file of a policy.
 *
 * @param path path as in the repository, e.g. {@code policies/makassar/disdik/guru.drl}
 * @param agency the agency an agency-layer file belongs to, null for the other layers
 */
public record PolicyFile(String path, Layer layer, String agency, String content) {

	boolean isRules() {
		return path.endsWith(".drl");
	}

	boolean isParameters() {
		return path.endsWith("parameters.yml");
	}

	/** A case table: inputs and expected outcomes that the policy must reproduce. */
	boolean isCases() {
		return path.endsWith(".cases.csv");
	}

}
