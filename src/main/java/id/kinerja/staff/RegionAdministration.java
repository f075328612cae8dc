package id.kinerja.staff;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.policy.Policies;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's changes to regions and agencies: each is kept in their history and the audit log. A
 * new region gets its empty policy folder at once, so the national baseline applies from its first run.
 * Retiring keeps the row (runs and history refer to it) and refuses new data for it.
 */
@Service
@Transactional
public class RegionAdministration {

	private final Regions regions;

	private final Agencies agencies;

	private final StaffChanges changes;

	private final Policies policies;

	private final AuditLog audit;

	RegionAdministration(Regions regions, Agencies agencies, StaffChanges changes, Policies policies, AuditLog audit) {
		this.regions = regions;
		this.agencies = agencies;
		this.changes = changes;
		this.policies = policies;
		this.audit = audit;
	}

	public Region create(RegionRequest request) {
		if (request.id() == null) {
			throw new InvalidRegion("regionIdMissing", "id");
		}
		if (regions.existsById(request.id())) {
			throw new StaffConflict("regionExists", "id", request.id());
		}
		String province = province(request);
		requireUniqueCode(request.id(), request.bpsCode());
		Region region = regions.save(new Region(request.id(), request.bpsCode(), request.name(), request.kind(),
				province, request.timeZone()));
		changes.region(region, "CREATED");
		policies.addRegion(region.getId());
		audit.recordInTransaction(AuditAction.REGION_CREATED, region.getId(), region.getName(), AuditOutcome.SUCCESS, null);
		return region;
	}

	public Region change(String id, RegionRequest request) {
		Region region = active(id);
		String province = province(request);
		requireUniqueCode(id, request.bpsCode());
		region.change(request.bpsCode(), request.name(), request.kind(), province);
		region.moveTo(request.timeZone());
		changes.region(region, "CHANGED");
		audit.recordInTransaction(AuditAction.REGION_CHANGED, id, region.getName(), AuditOutcome.SUCCESS, null);
		return region;
	}

	public Region retire(String id) {
		Region region = active(id);
		region.retire(now());
		changes.region(region, "RETIRED");
		audit.recordInTransaction(AuditAction.REGION_RETIRED, id, region.getName(), AuditOutcome.SUCCESS, null);
		return region;
	}

	public Agency createAgency(String regionId, AgencyRequest request) {
		Region region = active(regionId);
		if (request.code() == null) {
			throw new InvalidRegion("agencyCodeMissing", "code");
		}
		if (agencies.findByRegionIdAndCode(regionId, request.code()).isPresent()) {
			throw new StaffConflict("agencyExists", "code", request.code(), regionId);
		}
		Agency agency = agencies.save(new Agency(region, request.code(), request.name()));
		changes.agency(agency, "CREATED");
		audit.recordInTransaction(AuditAction.AGENCY_CREATED, regionId, agency.getCode(), AuditOutcome.SUCCESS, agency.getName());
		return agency;
	}

	public Agency renameAgency(String regionId, String code, AgencyRequest request) {
		Agency agency = activeAgency(regionId, code);
		agency.rename(request.name());
		changes.agency(agency, "CHANGED");
		audit.recordInTransaction(AuditAction.AGENCY_CHANGED, regionId, code, AuditOutcome.SUCCESS, agency.getName());
		return agency;
	}

	public Agency retireAgency(String regionId, String code) {
		Agency agency = activeAgency(regionId, code);
		agency.retire(now());
		changes.agency(agency, "RETIRED");
		audit.recordInTransaction(AuditAction.AGENCY_RETIRED, regionId, code, AuditOutcome.SUCCESS, agency.getName());
		return agency;
	}

	/** The region, refused with 409 when it is retired. */
	public Region active(String id) {
		Region region = regions.require(id);
		if (region.isRetired()) {
			throw new StaffConflict("regionRetired", "region", id);
		}
		return region;
	}

	private Agency activeAgency(String regionId, String code) {
		active(regionId);
		Agency agency = agencies.require(regionId, code);
		if (agency.isRetired()) {
			throw new StaffConflict("agencyRetired", "agency", code, regionId);
		}
		return agency;
	}

	private void requireUniqueCode(String id, String bpsCode) {
		regions.findByBpsCode(bpsCode).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new StaffConflict("bpsCodeTaken", "bpsCode", bpsCode, other.getId());
		});
	}

	private static String province(RegionRequest request) {
		boolean province = request.kind() == RegionKind.PROVINSI;
		if (request.bpsCode().length() != (province ? 2 : 4)) {
			throw new InvalidRegion("bpsCodeShape", "bpsCode", request.bpsCode(), request.kind());
		}
		String named = Provinces.of(request.bpsCode());
		if (named == null) {
			throw new InvalidRegion("unknownProvince", "bpsCode", request.bpsCode());
		}
		if (province) {
			return request.name();
		}
		return request.province() == null || request.province().isBlank() ? named : request.province().strip();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

}
