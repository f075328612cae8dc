package id.kinerja.policy;

/**
 * A value that a policy exposes by name (a weight, a threshold, a quota), with its valid range and the
 * layer and file that last set it.
 */
public record ParameterDefinition(String name, String label, double value, double min, double max, Layer layer,
		String file) {

	boolean accepts(double candidate) {
		return candidate >= min && candidate <= max;
	}

	ParameterDefinition withValue(double newValue, Layer newLayer, String newFile) {
		return new ParameterDefinition(name, label, newValue, min, max, newLayer, newFile);
	}

}
