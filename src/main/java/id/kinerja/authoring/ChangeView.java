package id.kinerja.authoring;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A draft submitted for approval, with its files (a null content deletes the file).
 *
 * @param kind {@code PUBLISH}, or {@code ROLLBACK} for a return to an earlier release
 */
public record ChangeView(long id, String region, String kind, String baseVersion, String status, String author, OffsetDateTime createdAt,
		String comment, String decidedBy, OffsetDateTime decidedAt, String decisionComment, Long release,
		Map<String, String> files) {
}
