package id.kinerja.whatif;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A what-if: the same facts under the active policy and under a draft made of changed files, parameter
 * overrides, both or neither (then nothing changes).
 *
 * @param agencies the agencies to evaluate; empty or null for the whole region
 * @param files changed files by repository path, as for validation; a null content deletes a file
 * @param overrides parameter values by name ({@code agency/name} for one agency's scope)
 * @param name a name to find the what-if by later; optional
 */
public record WhatIfRequest(@NotBlank String region, @Size(max = 50) List<@Pattern(regexp = "[a-z0-9-]{2,40}") String> agencies,
		@NotBlank @Pattern(regexp = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?") String period,
		@Size(max = 50) Map<String, @Size(max = 200_000) String> files, @Size(max = 100) Map<String, Double> overrides,
		@Size(max = 120) String name) {

	public WhatIfRequest {
		agencies = agencies == null ? List.of() : List.copyOf(agencies);
		files = files == null ? Map.of() : files;
		overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
	}

}
