package id.kinerja.policy;

/**
 * A value that a policy exposes by name (a weight, a threshold, a quota), with its valid range, the layer
 * and file that last set it, and where its declared value comes from: {@code source} (null where the
 * declaration does not say) and {@code basis}, the article or reason it cites.
 */
public record ParameterDefinition(String name, String label, double value, double min, double max, Layer layer,
		String file, ParameterSource source, String basis) {

	boolean accepts(double candidate) {
		return candidate >= min && candidate <= max;
	}

	ParameterDefinition withValue(double newValue, Layer newLayer, String newFile) {
		return new ParameterDefinition(name, label, newValue, min, max, newLayer, newFile, source, basis);
	}

}
