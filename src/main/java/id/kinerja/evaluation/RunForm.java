package id.kinerja.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an HR analyst submits to start an official evaluation run. */
record RunForm(@NotBlank @Size(max = 40) String region, @Size(max = 40) String agency,
		@NotBlank @Pattern(regexp = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?") String period) {

	String agencyOrNull() {
		return agency == null || agency.isBlank() ? null : agency.strip();
	}

}
