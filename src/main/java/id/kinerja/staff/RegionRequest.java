package id.kinerja.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A region as an administrator creates or edits it. {@code id} is its folder name under {@code policies/};
 * {@code bpsCode} has 4 digits (kota, kabupaten) or 2 (provinsi); {@code province} may be left out, it
 * follows from the code.
 */
public record RegionRequest(@Pattern(regexp = "[a-z0-9-]{2,40}", message = "huruf kecil, angka dan tanda hubung, 2-40 karakter") String id,
		@NotNull @Pattern(regexp = "\\d{2}|\\d{4}", message = "kode BPS 4 angka (kota, kabupaten) atau 2 angka (provinsi)") String bpsCode,
		@NotBlank @Size(max = 100) String name, @NotNull RegionKind kind, @Size(max = 60) String province,
		@NotNull TimeZoneName timeZone) {
}
