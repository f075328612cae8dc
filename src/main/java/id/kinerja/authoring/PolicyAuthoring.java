package id.kinerja.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.access.CurrentUser;
import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.policy.InvalidDraft;
import id.kinerja.policy.Layer;
import id.kinerja.policy.Policies;
import id.kinerja.policy.PolicyFile;
import id.kinerja.policy.Validation;
import id.kinerja.system.Meters;
import id.kinerja.system.Refusal;
import id.kinerja.system.UserSlots;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A policy officer's workflow: validate a draft, publish it (or submit it for a second officer's approval
 * where the region asks for one), approve or reject, roll back. Every step is checked against the
 * officer's regions and audited; every version that becomes active is archived.
 */
@Service
@Transactional
public class PolicyAuthoring {

	private final Policies policies;

	private final PolicyArchive archive;

	private final PolicyChanges changes;

	private final PolicyReleases releases;

	private final RegionAccess access;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final UserSlots slots;

	private final Meters meters;

	PolicyAuthoring(Policies policies, PolicyArchive archive, PolicyChanges changes, PolicyReleases releases,
			RegionAccess access, AuditLog audit, JdbcClient jdbc, UserSlots slots, Meters meters) {
		this.meters = meters;
		this.slots = slots;
		this.policies = policies;
		this.archive = archive;
		this.changes = changes;
		this.releases = releases;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** Validates a draft; writes nothing but the audit of a failure. */
	@Transactional(readOnly = true)
	public Validation validate(String region, Map<String, String> files) {
		access.require(region, Permission.EDIT_POLICY);
		Validation validation;
		try (UserSlots.Slot slot = slots.take(UserSlots.Kind.VALIDATION, CurrentUser.name())) {
			validation = policies.validate(region, files);
		}
		if (!validation.valid()) {
			refused(region, files, validation);
		}
		return validation;
	}

	/** A draft its validation refused: audited and counted. */
	private void refused(String region, Map<String, String> files, Validation validation) {
		audit.record(AuditAction.POLICY_VALIDATION_FAILED, region, String.join(", ", files.keySet()),
				AuditOutcome.FAILED, summary(validation));
		meters.validationRefused();
	}

	/** What a publish led to: a new active version, or a change waiting for approval. */
	public record Published(ReleaseView release, ChangeView pending) {
	}

	public Published publish(String region, Map<String, String> files, String comment) {
		access.require(region, Permission.EDIT_POLICY);
		if (!approvalRequired(region)) {
			return new Published(apply(region, files, comment, PolicyRelease.Kind.PUBLISHED, null), null);
		}
		Validation validation = validate(region, files);
		if (!validation.valid()) {
			throw new InvalidDraft(region, validation);
		}
		PolicyChange change = changes.save(new PolicyChange(region, policies.active(region).version(),
				CurrentUser.name(), comment, files));
		audit.record(AuditAction.POLICY_SUBMITTED, region, "perubahan " + change.getId(), AuditOutcome.SUCCESS, comment);
		return new Published(null, change.view());
	}

	public ReleaseView approve(String region, long changeId, String comment) {
		access.require(region, Permission.APPROVE_POLICY);
		PolicyChange change = pending(region, changeId);
		if (change.getAuthor().equals(CurrentUser.name())) {
			audit.record(AuditAction.ACCESS_DENIED, region, "perubahan " + changeId, AuditOutcome.DENIED,
					"pembuat perubahan tidak boleh menyetujuinya sendiri");
			throw new OwnChange(changeId);
		}
		PolicyRelease.Kind kind = change.getKind() == PolicyChange.Kind.ROLLBACK ? PolicyRelease.Kind.ROLLED_BACK
				: PolicyRelease.Kind.PUBLISHED;
		ReleaseView release = apply(region, change.getFiles(), change.getComment(), kind, change.getAuthor());
		change.decide(PolicyChange.Status.APPROVED, CurrentUser.name(), comment, release.id());
		audit.record(AuditAction.POLICY_APPROVED, region, "perubahan " + changeId, AuditOutcome.SUCCESS, comment);
		return release;
	}

	public ChangeView reject(String region, long changeId, String comment) {
		access.require(region, Permission.APPROVE_POLICY);
		PolicyChange change = pending(region, changeId);
		change.decide(PolicyChange.Status.REJECTED, CurrentUser.name(), comment, null);
		audit.record(AuditAction.POLICY_REJECTED, region, "perubahan " + changeId, AuditOutcome.SUCCESS, comment);
		return change.view();
	}

	/**
	 * Makes an earlier release's region and agency files active again, as a new version (history is never
	 * rewritten). Files added since are removed. In a region that asks for a second officer, the rollback
	 * waits for one as a change, like any publication.
	 */
	public Published rollback(String region, long releaseId, String comment) {
		access.require(region, Permission.ROLLBACK_POLICY);
		PolicyRelease target = releases.findById(releaseId)
			.filter(release -> release.getRegion().equals(region))
			.orElseThrow(() -> Refusal.notFound("release", releaseId));
		Map<String, String> files = new HashMap<>();
		policies.active(region).files().stream().filter(PolicyAuthoring::editable).forEach(f -> files.put(f.path(), null));
		archive.files(target).stream().filter(PolicyAuthoring::editable).forEach(f -> files.put(f.path(), f.content()));
		String note = comment + " (kembali ke versi " + target.getVersion() + ")";
		if (!approvalRequired(region)) {
			return new Published(apply(region, files, note, PolicyRelease.Kind.ROLLED_BACK, null), null);
		}
		PolicyChange change = changes.save(new PolicyChange(region, policies.active(region).version(),
				CurrentUser.name(), note, files, PolicyChange.Kind.ROLLBACK));
		audit.record(AuditAction.POLICY_SUBMITTED, region, "perubahan " + change.getId(), AuditOutcome.SUCCESS, note);
		return new Published(null, change.view());
	}

	/**
	 * Publishes as one unit: the archive rows, the release and the audit entry are written in this
	 * transaction, then the files; the version becomes active when it commits, and when any part fails the
	 * files are put back and nothing of it stays.
	 */
	private ReleaseView apply(String region, Map<String, String> files, String comment, PolicyRelease.Kind kind,
			String author) {
		String previous = policies.active(region).version();
		String actor = CurrentUser.name();
		List<PolicyRelease> recorded = new ArrayList<>(1);
		try (UserSlots.Slot slot = slots.take(UserSlots.Kind.VALIDATION, actor)) {
			policies.publish(region, files, published -> {
				recorded.add(archive.record(region, new PolicyArchive.Entry(published.version(), previous, kind,
						author == null ? actor : author, author == null ? null : actor, comment), published.files()));
				audit.recordInTransaction(kind == PolicyRelease.Kind.ROLLED_BACK ? AuditAction.POLICY_ROLLED_BACK
						: AuditAction.POLICY_PUBLISHED, region, "versi " + published.version(), AuditOutcome.SUCCESS, comment);
			});
		}
		catch (InvalidDraft ex) {
			refused(region, files, ex.validation());
			throw ex;
		}
		return recorded.get(0).view();
	}

	private PolicyChange pending(String region, long changeId) {
		PolicyChange change = changes.findById(changeId)
			.filter(c -> c.getRegion().equals(region))
			.orElseThrow(() -> Refusal.notFound("change", changeId));
		if (change.getStatus() != PolicyChange.Status.PENDING) {
			throw new ChangeDecided(changeId, change.getStatus().name());
		}
		return change;
	}

	boolean approvalRequired(String region) {
		return jdbc.sql("select policy_approval_required from region where id = ?")
			.param(region)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void requireApproval(String region, boolean required) {
		access.require(region, Permission.CONFIGURE_POLICY);
		int updated = jdbc.sql("update region set policy_approval_required = ? where id = ?")
			.params(required, region)
			.update();
		if (updated == 0) {
			throw Refusal.notFound("region", region);
		}
		audit.record(AuditAction.POLICY_SETTINGS_CHANGED, region, "persetujuan petugas kedua", AuditOutcome.SUCCESS,
				required ? "wajib" : "tidak wajib");
	}

	private static boolean editable(PolicyFile file) {
		return file.layer() != Layer.NATIONAL;
	}

	private static String summary(Validation validation) {
		List<String> lines = new ArrayList<>();
		validation.problems().forEach(problem -> lines.add(problem.toString()));
		validation.failedCases().forEach(failure -> lines.add(failure.message()));
		return String.join("\n", lines);
	}

}
