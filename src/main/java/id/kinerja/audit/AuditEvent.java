package id.kinerja.audit;

import java.time.OffsetDateTime;

/** One entry of the audit log. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, AuditAction action, String region,
		String target, AuditOutcome outcome, String detail) {
}
