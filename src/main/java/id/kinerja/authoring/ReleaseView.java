package id.kinerja.authoring;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A version of a region's policy.
 *
 * @param files the file version id of every file the policy was compiled from, by path
 */
public record ReleaseView(long id, String region, String version, String previousVersion, String kind, String author,
		String approvedBy, OffsetDateTime createdAt, String comment, Map<String, Long> files) {
}
