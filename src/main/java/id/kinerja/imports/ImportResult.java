package id.kinerja.imports;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an import did or would do: the counts by natural key, the columns it ignored, and every row error
 * (the first {@code maxErrorsShown}; {@code errorCount} has them all, the error copy at {@code errorFile} too).
 */
public record ImportResult(long id, String region, String kind, ImportMode mode, boolean dryRun, String period,
		String fileName, String sha256, long bytes, int rows, int created, int updated, int unchanged, int removed,
		int rejected, Outcome outcome, List<String> ignoredColumns, int errorCount, List<ImportError> errors,
		String errorFile, String importedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

	public enum Outcome {
		/** Written. */
		APPLIED,
		/** A dry run without errors: nothing written. */
		CHECKED,
		/** Errors found: nothing written. */
		REJECTED
	}

}
