package id.kinerja.audit;

/** How the audited action ended. */
public enum AuditOutcome {
	SUCCESS,
	FAILED,
	/** Refused by the access rules (see {@link AuditAction#ACCESS_DENIED}). */
	DENIED,
	/** Refused for a reason other than access, e.g. a reload whose policy does not compile. */
	REFUSED
}
