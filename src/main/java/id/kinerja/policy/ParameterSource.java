package id.kinerja.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a parameter's value comes from, as its declaration states ({@code source:} in a
 * {@code parameters.yml}): the regulation itself, PermenPANRB 8/2021 (whose formula and bands a region may
 * keep using), or a default that the regulation does not set and a region is expected to set.
 */
public enum ParameterSource {

	REGULATION("regulasi"), PERMENPANRB_8_2021("permenpanrb-8-2021"), DEFAULT("bawaan");

	private final String key;

	ParameterSource(String key) {
		this.key = key;
	}

	/** The word a parameter file uses. */
	public String key() {
		return key;
	}

	static Optional<ParameterSource> of(String key) {
		return Arrays.stream(values()).filter(source -> source.key.equals(key)).findFirst();
	}

}
