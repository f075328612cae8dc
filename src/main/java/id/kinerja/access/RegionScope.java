package id.kinerja.access;

import java.util.Set;

/** The regions in which the current user holds a permission: all of them, or the listed ones (maybe none). */
public record RegionScope(boolean all, Set<String> regions) {

	static final RegionScope NONE = new RegionScope(false, Set.of());

	static final RegionScope ALL = new RegionScope(true, Set.of());

	public boolean includes(String region) {
		return all || regions.contains(region);
	}

	/** True when the permission is held nowhere. */
	public boolean none() {
		return !all && regions.isEmpty();
	}

}
