package id.kinerja.evaluation;

import java.time.OffsetDateTime;

/** An evaluation run as the API shows it; {@code startedBy} is the user who started it, or "system". */
public record RunSummary(Long id, String region, String agency, String period, String policyVersion,
		String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt, int employees, int curveFindings) {
}
