package id.kinerja.audit;

/** What an audit event records. */
public enum AuditAction {
	ACCESS_DENIED,
	EVALUATION_RUN,
	POLICY_VALIDATION_FAILED,
	POLICY_PUBLISHED,
	/** A draft submitted for a second officer's approval. */
	POLICY_SUBMITTED,
	POLICY_REJECTED,
	POLICY_SETTINGS_CHANGED,
	POLICY_APPROVED,
	POLICY_ROLLED_BACK,
	POLICY_RELOADED,
	POLICY_RELOAD_REFUSED,
	/** A calibration against the distribution curve proposed for a run. */
	CALIBRATION_PROPOSED,
	CALIBRATION_ACCEPTED,
	CALIBRATION_REJECTED,
	/** A region, an agency or a period created, changed or retired by an administrator. */
	REGION_CREATED,
	REGION_CHANGED,
	REGION_RETIRED,
	AGENCY_CREATED,
	AGENCY_CHANGED,
	AGENCY_RETIRED,
	PERIOD_CREATED,
	/** A file of staff or appraisal data imported, checked in a dry run, or rejected with its row errors. */
	DATA_IMPORTED,
	DATA_IMPORT_CHECKED,
	DATA_IMPORT_REJECTED,
	USER_CREATED,
	/** A user's name, role or regions changed. */
	USER_CHANGED,
	USER_DISABLED,
	USER_ENABLED,
	/** An administrator gave a user a temporary password. */
	PASSWORD_RESET,
	/** A user changed their own password. */
	PASSWORD_CHANGED,
	TOKEN_CREATED,
	TOKEN_REVOKED,
	/** A sign-in refused after too many failures (429); the actor is the user name tried. */
	SIGN_IN_THROTTLED
}
