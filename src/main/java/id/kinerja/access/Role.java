package id.kinerja.access;

import java.util.EnumSet;
import java.util.Set;

import static id.kinerja.access.Permission.APPROVE_POLICY;
import static id.kinerja.access.Permission.EDIT_POLICY;
import static id.kinerja.access.Permission.IMPORT_DATA;
import static id.kinerja.access.Permission.MANAGE_USERS;
import static id.kinerja.access.Permission.READ_AUDIT;
import static id.kinerja.access.Permission.READ_DRAFTS;
import static id.kinerja.access.Permission.READ_POLICY;
import static id.kinerja.access.Permission.READ_RESULTS;
import static id.kinerja.access.Permission.READ_STAFF;
import static id.kinerja.access.Permission.ROLLBACK_POLICY;
import static id.kinerja.access.Permission.RUN_EVALUATION;
import static id.kinerja.access.Permission.RUN_WHAT_IF;

/** What a user is; policy officers and HR analysts act only in the regions they are scoped to. */
public enum Role {

	ADMIN(true, EnumSet.allOf(Permission.class)),
	POLICY_OFFICER(false, EnumSet.of(READ_STAFF, READ_POLICY, READ_DRAFTS, EDIT_POLICY, APPROVE_POLICY,
			ROLLBACK_POLICY, READ_RESULTS, READ_AUDIT)),
	HR_ANALYST(false, EnumSet.of(READ_STAFF, READ_POLICY, RUN_EVALUATION, RUN_WHAT_IF, READ_RESULTS, IMPORT_DATA)),
	/** Manages the users of its regions (never an administrator or auditor), reads their staff and imports their data. */
	HR_ADMIN(false, EnumSet.of(READ_STAFF, MANAGE_USERS, IMPORT_DATA)),
	/** Reads everything, the audit log included; runs and changes nothing. */
	AUDITOR(true, EnumSet.of(READ_STAFF, READ_POLICY, READ_DRAFTS, READ_RESULTS, READ_AUDIT));

	private final boolean allRegions;

	private final Set<Permission> permissions;

	Role(boolean allRegions, Set<Permission> permissions) {
		this.allRegions = allRegions;
		this.permissions = permissions;
	}

	/** Whether the role acts in every region, not only in the user's own. */
	public boolean allRegions() {
		return allRegions;
	}

	public boolean has(Permission permission) {
		return permissions.contains(permission);
	}

	/** The permissions the role holds. */
	public Set<Permission> permissions() {
		return Set.copyOf(permissions);
	}

	/** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
	String authority() {
		return "ROLE_" + name();
	}

}
