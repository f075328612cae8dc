package id.kinerja.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Start an evaluation of a region, or of one of its agencies, for a period. */
record EvaluationRequest(@NotBlank String region, String agency,
		@NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period) {

	static final String PERIOD = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?";

	static final String PERIOD_MESSAGE = "periode harus berbentuk 2025, 2025-Q1 atau 2025-03";

}
