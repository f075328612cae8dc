package id.kinerja.audit;

import java.time.LocalDate;

import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.access.RegionScope;
import id.kinerja.system.PageOf;

import org.springframework.stereotype.Service;

/** Reads the audit log for the API and the pages: only events of the regions whose log the user may read. */
@Service
public class AuditSearch {

	private final AuditEvents events;

	private final RegionAccess access;

	AuditSearch(AuditEvents events, RegionAccess access) {
		this.events = events;
		this.access = access;
	}

	/** What to look for; null fields do not filter, {@code from} and {@code to} are days, both included. */
	public record Criteria(String actor, AuditAction action, String region, AuditOutcome outcome, LocalDate from,
			LocalDate to) {
	}

	/** A page of the log, newest first; 400 when {@code to} comes before {@code from}. */
	public PageOf<AuditEvent> page(Criteria criteria, int page, int size) {
		return page(criteria, AuditSort.TIME, true, page, size);
	}

	/** As {@link #page(Criteria, int, int)}, in the order asked; the database sorts and pages. */
	public PageOf<AuditEvent> page(Criteria criteria, AuditSort sort, boolean descending, int page, int size) {
		access.require(criteria.region(), Permission.READ_AUDIT);
		if (criteria.from() != null && criteria.to() != null && criteria.to().isBefore(criteria.from())) {
			throw new ReversedDateRange(criteria.from(), criteria.to());
		}
		RegionScope scope = access.scope(Permission.READ_AUDIT);
		AuditFilter filter = new AuditFilter(criteria.actor(), criteria.action(), criteria.region(), criteria.outcome(),
				criteria.from(), criteria.to(), scope.all() ? null : scope.regions());
		return events.page(filter, sort, descending, page, size);
	}

}
