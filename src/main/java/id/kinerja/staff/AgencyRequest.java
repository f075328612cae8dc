package id.kinerja.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An agency (OPD) as an administrator creates or renames it; the code stays once given. */
public record AgencyRequest(@Pattern(regexp = "[a-z0-9-]{2,40}", message = "huruf kecil, angka dan tanda hubung, 2-40 karakter") String code,
		@NotBlank @Size(max = 120) String name) {
}
