package id.kinerja.authoring;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the policy API. */
final class PolicyRequests {

	/** Largest rule or case file accepted: a policy file is text a person writes. */
	static final int MAX_FILE = 200_000;

	private PolicyRequests() {
	}

	/** Files by repository path; a null content deletes the file. */
	record Draft(@NotEmpty @Size(max = 50) Map<String, @Size(max = MAX_FILE) String> files) {
	}

	record Publish(@NotEmpty @Size(max = 50) Map<String, @Size(max = MAX_FILE) String> files,
			@NotBlank @Size(max = 500) String comment) {
	}

	record Decision(@NotBlank @Size(max = 500) String comment) {
	}

	record Rollback(@NotNull Long release, @NotBlank @Size(max = 400) String comment) {
	}

	record Settings(@NotNull Boolean approvalRequired) {
	}

}
