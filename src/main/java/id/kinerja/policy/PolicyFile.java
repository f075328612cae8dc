package id.kinerja.policy;

/**
 * One rule or parameter file of a policy.
 *
 * @param path path as in the repository, e.g. {@code policies/makassar/disdik/guru.drl}
 * @param agency the agency an agency-layer file belongs to, null for the other layers
 */
public record PolicyFile(String path, Layer layer, String agency, String content) {

	/** A file placed in its layer by its repository path, e.g. a stored version of it. */
	public static PolicyFile at(String path, String content) {
		String[] parts = path.split("/");
		if (parts[0].equals(PolicySources.NATIONAL_FOLDER)) {
			return new PolicyFile(path, Layer.NATIONAL, null, content);
		}
		return parts.length > 3 ? new PolicyFile(path, Layer.AGENCY, parts[2], content)
				: new PolicyFile(path, Layer.REGION, null, content);
	}

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
