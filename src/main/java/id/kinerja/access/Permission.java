package id.kinerja.access;

/** What a user may do in a region; {@link Role} says which a role holds. */
public enum Permission {

	/** Read regions, agencies and employees. */
	READ_STAFF,
	/** Read the region's published policy. */
	READ_POLICY,
	/** Read policy drafts that are not published yet. */
	READ_DRAFTS,
	/** Validate and publish a policy. */
	EDIT_POLICY,
	/** Approve a policy another officer published (maker-checker). */
	APPROVE_POLICY,
	/** Roll a policy back to an earlier version. */
	ROLLBACK_POLICY,
	/** Change how a region's policy is governed, e.g. whether a second officer must approve. */
	CONFIGURE_POLICY,
	/** Reload policies from the files. */
	RELOAD_POLICY,
	/** Run official evaluations and previews. */
	RUN_EVALUATION,
	/** Run what-if scenarios. */
	RUN_WHAT_IF,
	/** Read evaluation runs and their results. */
	READ_RESULTS,
	/** Read the audit log. */
	READ_AUDIT,
	/** Import staff and appraisal data from files into a region, and read its import history. */
	IMPORT_DATA,
	/** Create, edit and retire regions, their agencies and evaluation periods. */
	MANAGE_REGIONS,
	/** Create users of the region, set their role and regions, disable them, reset their passwords. */
	MANAGE_USERS

}
