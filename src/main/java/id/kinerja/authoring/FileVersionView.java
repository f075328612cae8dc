package id.kinerja.authoring;

import java.time.OffsetDateTime;

/** A version of a policy file, without its content. */
public record FileVersionView(long id, String path, String contentHash, boolean deleted, String author,
		OffsetDateTime createdAt, String comment, Long replaces) {
}
