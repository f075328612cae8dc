package id.kinerja.calibration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the HR analyst accepts or rejects a move: required, kept with the decision and in the audit log. */
record DecisionRequest(@NotBlank(message = "alasan wajib diisi") @Size(max = 1000) String reason) {
}
