package id.kinerja.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Which events to read; null fields do not filter. {@code regions} null means every region, else only
 * events of those regions. {@code from} and {@code to} are whole days, both included, in the server's zone.
 */
record AuditFilter(String actor, AuditAction action, String region, AuditOutcome outcome, LocalDate from,
		LocalDate to, Set<String> regions) {

	OffsetDateTime start() {
		return from == null ? null : from.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
	}

	/** The first instant after the range. */
	OffsetDateTime end() {
		return to == null ? null : to.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
	}

}
