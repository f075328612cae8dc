package id.kinerja.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Start an evaluation of a region, or of one of its agencies, for a period. */
record EvaluationRequest(@NotBlank String region, String agency,
		@NotBlank @Pattern(regexp = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?",
				message = "periode harus berbentuk 2025, 2025-Q1 atau 2025-03") String period) {
}
