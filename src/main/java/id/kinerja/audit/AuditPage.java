package id.kinerja.audit;

import java.util.List;

/** One page of the audit log. */
public record AuditPage(List<AuditEvent> content, int page, int size, long totalElements, int totalPages) {

	static AuditPage of(List<AuditEvent> content, int page, int size, long total) {
		return new AuditPage(content, page, size, total, (int) ((total + size - 1) / size));
	}

}
