package id.kinerja.authoring;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.Policies;
import id.kinerja.policy.PolicyReloaded;
import id.kinerja.policy.PolicyRefused;
import id.kinerja.policy.PolicyUnavailable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Archives versions that became active without the API: the files found at start-up and files changed on
 * disk; audits reloads and refused reloads.
 */
@Component
class PolicyEvents {

	private final Policies policies;

	private final PolicyArchive archive;

	private final AuditLog audit;

	PolicyEvents(Policies policies, PolicyArchive archive, AuditLog audit) {
		this.policies = policies;
		this.archive = archive;
		this.audit = audit;
	}

	@EventListener(ApplicationReadyEvent.class)
	void archiveActiveVersions() {
		for (String region : policies.regions()) {
			try {
				CompiledPolicy policy = policies.active(region);
				archive.baseline(region, policy.version(), policy.files());
			}
			catch (PolicyUnavailable ex) {
				// a region with no working version has nothing to archive yet
			}
		}
	}

	@EventListener
	void reloaded(PolicyReloaded event) {
		if (archive.latestIs(event.region(), event.version())) {
			// another instance published these files into the shared folder: archived there already
			return;
		}
		archive.record(event.region(), new PolicyArchive.Entry(event.version(), event.previousVersion(),
				PolicyRelease.Kind.DISK, "system", null, "berkas diubah di disk"), event.files());
		audit.record(AuditAction.POLICY_RELOADED, event.region(), "versi " + event.version(), AuditOutcome.SUCCESS,
				"sebelumnya " + event.previousVersion());
	}

	@EventListener
	void refused(PolicyRefused event) {
		audit.record(AuditAction.POLICY_RELOAD_REFUSED, event.region(), "versi aktif " + event.activeVersion(),
				AuditOutcome.REFUSED, String.join("\n", event.problems().stream().map(Object::toString).toList()));
	}

}
