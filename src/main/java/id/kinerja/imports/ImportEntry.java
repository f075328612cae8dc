package id.kinerja.imports;

import java.time.OffsetDateTime;

/** One import attempt of a region as its history lists it; {@code errorFile} when a copy with errors is kept. */
public record ImportEntry(long id, String region, String kind, ImportMode mode, boolean dryRun, String period,
		String fileName, String sha256, long bytes, int rows, int created, int updated, int unchanged, int removed,
		int rejected, ImportResult.Outcome outcome, String importedBy, OffsetDateTime startedAt,
		OffsetDateTime finishedAt, boolean errorFile) {
}
