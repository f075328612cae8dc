package id.kinerja.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a policy officer submits on the policy pages. */
public final class PolicyForms {

	/** Longest rule or case file the editor accepts, as the API does. */
	public static final int MAX_FILE = 200_000;

	private PolicyForms() {
	}

	/**
	 * A draft of one file: validated, or published with a comment.
	 * @param action {@code validate} or {@code publish}
	 */
	public record FileDraft(@Size(max = MAX_FILE) String content, @Size(max = 500) String comment, String action) {

		boolean publishing() {
			return "publish".equals(action);
		}

	}

	/** Approving or rejecting another officer's change. */
	public record Decision(@NotBlank @Size(max = 500) String comment) {
	}

	/** Making an earlier release active again. */
	public record Rollback(@NotNull Long release, @NotBlank @Size(max = 400) String comment) {
	}

}
