package id.kinerja.evaluation;

import java.time.OffsetDateTime;

/** An evaluation run as the API shows it. */
public record RunSummary(Long id, String region, String agency, String period, String policyVersion,
		OffsetDateTime startedAt, OffsetDateTime finishedAt, int employees, int curveFindings) {
}
