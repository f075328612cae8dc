package id.kinerja.staff;

import java.util.List;
import java.util.function.Supplier;

import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.access.RegionScope;

import org.springframework.stereotype.Component;

/** The regions in which the signed-in user may do something: what the navigation and the forms offer. */
@Component
public class Scopes {

	private final Regions regions;

	private final RegionAccess access;

	Scopes(Regions regions, RegionAccess access) {
		this.regions = regions;
		this.access = access;
	}

	public List<Region> regions(Permission permission) {
		RegionScope scope = access.scope(permission);
		return regions.findAllByOrderByIdAsc().stream().filter(region -> scope.includes(region.getId())).toList();
	}

	/** Refuses (403, audited) unless the user holds the permission in the region. */
	public void require(String region, Permission permission) {
		access.require(region, permission);
	}

	/** As an unknown id would (404) unless the user holds the permission in the region; audited. */
	public void requireVisible(String region, Permission permission, Supplier<? extends RuntimeException> unknown) {
		access.requireVisible(region, permission, unknown);
	}

	/** Whether the user holds the permission in every region (an administrator's role). */
	public boolean everywhere(Permission permission) {
		return access.scope(permission).all();
	}

	public boolean allows(String region, Permission permission) {
		return access.allows(region, permission);
	}

}
