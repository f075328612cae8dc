package id.kinerja.authoring;

import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.ParameterDefinition;
import id.kinerja.policy.Policies;
import id.kinerja.policy.PolicyFile;
import id.kinerja.system.PageOf;
import id.kinerja.system.Refusal;
import id.kinerja.system.SqlOrder;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a region's policy is and was: its files and parameters, versions, diffs and pending changes. */
@Service
@Transactional(readOnly = true)
public class PolicyHistory {

	private final Policies policies;

	private final PolicyFileVersions versions;

	private final PolicyReleases releases;

	private final PolicyChanges changes;

	private final RegionAccess access;

	private final PolicyAuthoring authoring;

	PolicyHistory(Policies policies, PolicyFileVersions versions, PolicyReleases releases, PolicyChanges changes,
			RegionAccess access, PolicyAuthoring authoring) {
		this.policies = policies;
		this.versions = versions;
		this.releases = releases;
		this.changes = changes;
		this.access = access;
		this.authoring = authoring;
	}

	public record FileView(String path, String layer, String agency) {
	}

	public record Overview(String region, String version, boolean approvalRequired, List<FileView> files,
			Map<String, ParameterDefinition> parameters) {
	}

	public Overview overview(String region) {
		access.require(region, Permission.READ_POLICY);
		CompiledPolicy policy = policies.active(region);
		List<FileView> files = policy.files()
			.stream()
			.map(file -> new FileView(file.path(), file.layer().name(), file.agency()))
			.toList();
		return new Overview(region, policy.version(), authoring.approvalRequired(region), files, policy.parameters(null));
	}

	public record FileContent(String path, String layer, String agency, String content) {
	}

	public FileContent file(String region, String path) {
		access.require(region, Permission.READ_POLICY);
		PolicyFile file = policies.active(region)
			.files()
			.stream()
			.filter(f -> f.path().equals(path))
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("path", path));
		return new FileContent(file.path(), file.layer().name(), file.agency(), file.content());
	}

	public List<FileVersionView> history(String region, String path) {
		access.require(region, Permission.READ_POLICY);
		requireOfRegion(region, path);
		return versions.findByPathOrderByIdDesc(path).stream().map(PolicyFileVersion::view).toList();
	}

	/** As {@link #history(String, String)}, a page in the order asked; the database sorts and pages. */
	public PageOf<FileVersionView> history(String region, String path, VersionSort sort, boolean descending, int page,
			int size) {
		access.require(region, Permission.READ_POLICY);
		requireOfRegion(region, path);
		return page(versions.findByPath(path, order(sort, descending, page, size)), page, size);
	}

	public record Diff(String path, long from, long to, String unified) {
	}

	/** A unified diff between two versions of one file, as {@code git diff} shows it. */
	public Diff diff(String region, long from, long to) {
		access.require(region, Permission.READ_POLICY);
		PolicyFileVersion older = version(region, from);
		PolicyFileVersion newer = version(region, to);
		if (!older.getPath().equals(newer.getPath())) {
			throw Refusal.notFound("to", to);
		}
		List<String> before = older.getContent().lines().toList();
		List<String> after = newer.getContent().lines().toList();
		Patch<String> patch = DiffUtils.diff(before, after);
		List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(older.getPath() + "@" + from,
				newer.getPath() + "@" + to, before, patch, 3);
		return new Diff(older.getPath(), from, to, String.join("\n", unified));
	}

	public List<ReleaseView> releases(String region) {
		access.require(region, Permission.READ_POLICY);
		return releases.findByRegionOrderByIdDesc(region).stream().map(PolicyRelease::view).toList();
	}

	/** One page of the region's releases in the order asked, newest first among equals. */
	public PageOf<ReleaseView> releases(String region, VersionSort sort, boolean descending, int page, int size) {
		access.require(region, Permission.READ_POLICY);
		return page(releases.findByRegion(region, order(sort, descending, page, size)).map(PolicyRelease::view),
				page, size);
	}

	ReleaseView release(String region, long id) {
		access.require(region, Permission.READ_POLICY);
		return releases.findById(id)
			.filter(release -> release.getRegion().equals(region))
			.map(PolicyRelease::view)
			.orElseThrow(() -> Refusal.notFound("release", id));
	}

	public List<ChangeView> changes(String region) {
		access.require(region, Permission.READ_DRAFTS);
		return changes.findByRegionOrderByIdDesc(region).stream().map(PolicyChange::view).toList();
	}

	/** One page of the region's submitted changes in the order asked, newest first among equals. */
	public PageOf<ChangeView> changes(String region, VersionSort sort, boolean descending, int page, int size) {
		access.require(region, Permission.READ_DRAFTS);
		return page(changes.findByRegion(region, order(sort, descending, page, size)).map(PolicyChange::view), page,
				size);
	}

	private static PageRequest order(VersionSort sort, boolean descending, int page, int size) {
		return PageRequest.of(page, size, SqlOrder.newestFirstWithin(sort.property, descending));
	}

	private static <T> PageOf<T> page(Page<T> found, int page, int size) {
		return PageOf.of(found.getContent(), page, size, found.getTotalElements());
	}

	public ChangeView change(String region, long id) {
		access.require(region, Permission.READ_DRAFTS);
		return changes.findById(id)
			.filter(change -> change.getRegion().equals(region))
			.map(PolicyChange::view)
			.orElseThrow(() -> Refusal.notFound("change", id));
	}

	private PolicyFileVersion version(String region, long id) {
		// another region's version answers as an unknown one
		return versions.findById(id)
			.filter(version -> ofRegion(region, version.getPath()))
			.orElseThrow(() -> Refusal.notFound("version", id));
	}

	/** A region reads its own files and the national ones, never another region's. */
	private static void requireOfRegion(String region, String path) {
		if (!ofRegion(region, path)) {
			throw Refusal.notFound("path", path);
		}
	}

	private static boolean ofRegion(String region, String path) {
		return path.startsWith("rules/") || path.startsWith("policies/" + region + "/");
	}

}
