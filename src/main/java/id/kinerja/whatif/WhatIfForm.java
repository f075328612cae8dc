package id.kinerja.whatif;

import id.kinerja.authoring.PolicyForms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A what-if as the analyst fills it in: the scope, parameter overrides as typed (checked as numbers
 * later, so a wrong entry is shown again as it was) and optionally one edited file.
 */
record WhatIfForm(@NotBlank @Size(max = 40) String region, @Size(max = 50) List<String> agencies,
		@NotBlank @Pattern(regexp = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?") String period, @Size(max = 120) String name,
		@Size(max = 300) String path, @Size(max = PolicyForms.MAX_FILE) String content, Map<String, String> overrides) {

	/** Request parameters that carry an override: {@code override_} and the parameter's name. */
	static final String OVERRIDE = "override_";

	WhatIfForm {
		agencies = agencies == null ? List.of() : agencies.stream().filter(a -> !a.isBlank()).toList();
		overrides = overrides == null ? Map.of() : overrides;
	}

	/** The form with the overrides taken from the request's {@code override_*} parameters. */
	WhatIfForm withOverrides(Map<String, String> parameters) {
		Map<String, String> typed = new LinkedHashMap<>();
		parameters.forEach((key, value) -> {
			if (key.startsWith(OVERRIDE) && value != null && !value.isBlank()) {
				typed.put(key.substring(OVERRIDE.length()), value.strip());
			}
		});
		return new WhatIfForm(region, agencies, period, name, path, content, typed);
	}

	boolean editsFile() {
		return path != null && !path.isBlank() && content != null && !content.isBlank();
	}

}
