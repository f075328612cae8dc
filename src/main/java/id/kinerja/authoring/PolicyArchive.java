package id.kinerja.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import id.kinerja.policy.LastGoodVersions;
import id.kinerja.policy.PolicyFile;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every version of a region's policy that became active: each file's content once per change, and
 * per release the file versions it was compiled from.
 */
@Component
@Transactional
class PolicyArchive implements LastGoodVersions {

	private final PolicyFileVersions versions;

	private final PolicyReleases releases;

	PolicyArchive(PolicyFileVersions versions, PolicyReleases releases) {
		this.versions = versions;
		this.releases = releases;
	}

	record Entry(String version, String previousVersion, PolicyRelease.Kind kind, String author, String approvedBy,
			String comment) {
	}

	PolicyRelease record(String region, Entry entry, List<PolicyFile> files) {
		Map<String, Long> manifest = new TreeMap<>();
		for (PolicyFile file : files) {
			manifest.put(file.path(), versionOf(file.path(), file.content(), entry).getId());
		}
		releases.findFirstByRegionOrderByIdDesc(region).ifPresent(last -> last.getFiles()
			.keySet()
			.stream()
			.filter(path -> !manifest.containsKey(path))
			.forEach(path -> deleted(path, entry)));
		// flushed now, so a row that cannot be written fails the publication before its files are written
		return releases.saveAndFlush(new PolicyRelease(region, entry.version(), entry.previousVersion(), entry.kind(),
				entry.author(), entry.approvedBy(), entry.comment(), manifest));
	}

	/** Whether the region's latest release has this version (another instance recorded it). */
	@Transactional(readOnly = true)
	boolean latestIs(String region, String version) {
		return releases.findFirstByRegionOrderByIdDesc(region).map(r -> r.getVersion().equals(version)).orElse(false);
	}

	/** Records the active files as a baseline when this version was never recorded (e.g. the first start). */
	void baseline(String region, String version, List<PolicyFile> files) {
		if (releases.findFirstByRegionAndVersionOrderByIdDesc(region, version).isEmpty()) {
			String previous = releases.findFirstByRegionOrderByIdDesc(region).map(PolicyRelease::getVersion).orElse(null);
			record(region, new Entry(version, previous, PolicyRelease.Kind.BASELINE, "system", null,
					"berkas kebijakan yang ada di disk"), files);
		}
	}

	/** The files of a recorded release, to compile that version again. */
	@Transactional(readOnly = true)
	List<PolicyFile> files(PolicyRelease release) {
		List<PolicyFile> files = new ArrayList<>();
		release.getFiles().forEach((path, id) -> files.add(PolicyFile.at(path, versions.getReferenceById(id).getContent())));
		// in layer order, as the folders are read, so the files give the same version again
		files.sort(Comparator.comparing(PolicyFile::layer).thenComparing(PolicyFile::path));
		return files;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<List<PolicyFile>> lastActive(String region) {
		return releases.findFirstByRegionOrderByIdDesc(region).map(this::files);
	}

	@Transactional(readOnly = true)
	Optional<PolicyRelease> release(String region, String version) {
		return releases.findFirstByRegionAndVersionOrderByIdDesc(region, version);
	}

	private PolicyFileVersion versionOf(String path, String content, Entry entry) {
		Optional<PolicyFileVersion> latest = versions.findFirstByPathOrderByIdDesc(path);
		if (latest.isPresent() && !latest.get().isDeleted()
				&& latest.get().getContentHash().equals(Hashes.sha256(content))) {
			return latest.get();
		}
		return versions.save(new PolicyFileVersion(path, content, false, entry.author(), entry.comment(),
				latest.map(PolicyFileVersion::getId).orElse(null)));
	}

	private void deleted(String path, Entry entry) {
		Optional<PolicyFileVersion> latest = versions.findFirstByPathOrderByIdDesc(path);
		if (latest.isPresent() && !latest.get().isDeleted()) {
			versions.save(new PolicyFileVersion(path, "", true, entry.author(), entry.comment(), latest.get().getId()));
		}
	}

}
