package id.kinerja.staff;

import java.util.List;

import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.staff.StaffController.AgencyView;
import id.kinerja.staff.StaffController.RegionView;
import id.kinerja.system.Refuses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Regions and their agencies created, edited and retired by an administrator (history kept). */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Staff", description = "Regions, agencies (OPD) and employees (ASN)")
class RegionAdminController {

	private final RegionAdministration administration;

	private final StaffChanges changes;

	private final RegionAccess access;

	RegionAdminController(RegionAdministration administration, StaffChanges changes, RegionAccess access) {
		this.administration = administration;
		this.changes = changes;
		this.access = access;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createRegion",
			summary = "Create a region with its empty policy folder (the national baseline applies at once)")
	@Refuses(status = 409, when = "A region with that id or BPS code exists")
	RegionView create(@Valid @RequestBody RegionRequest request) {
		access.require(null, Permission.MANAGE_REGIONS);
		return RegionView.of(administration.create(request));
	}

	@PutMapping("/{region}")
	@Operation(operationId = "changeRegion",
			summary = "Change a region's BPS code, name, kind, province or time zone (its id stays)")
	@Refuses(status = 409, when = "The region is retired, or another region has that BPS code")
	RegionView change(@PathVariable String region, @Valid @RequestBody RegionRequest request) {
		access.require(region, Permission.MANAGE_REGIONS);
		return RegionView.of(administration.change(region, request));
	}

	@DeleteMapping("/{region}")
	@Operation(operationId = "retireRegion",
			summary = "Retire a region: kept with its runs and history, no new data or agencies")
	@Refuses(status = 409, when = "The region is retired already")
	RegionView retire(@PathVariable String region) {
		access.require(region, Permission.MANAGE_REGIONS);
		return RegionView.of(administration.retire(region));
	}

	@GetMapping("/{region}/history")
	@Operation(operationId = "getRegionHistory", summary = "Every change of a region and its agencies, newest first")
	List<StaffChanges.Change> history(@PathVariable String region) {
		access.require(region, Permission.READ_STAFF);
		return changes.of(region);
	}

	@PostMapping("/{region}/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createAgency", summary = "Create an agency (OPD) of a region")
	@Refuses(status = 409, when = "An agency with that code exists, or the region is retired")
	AgencyView createAgency(@PathVariable String region, @Valid @RequestBody AgencyRequest request) {
		access.require(region, Permission.MANAGE_REGIONS);
		return AgencyView.of(administration.createAgency(region, request));
	}

	@PutMapping("/{region}/agencies/{agency}")
	@Operation(operationId = "renameAgency", summary = "Rename an agency (its code stays)")
	@Refuses(status = 409, when = "The agency is retired")
	AgencyView renameAgency(@PathVariable String region, @PathVariable String agency,
			@Valid @RequestBody AgencyRequest request) {
		access.require(region, Permission.MANAGE_REGIONS);
		return AgencyView.of(administration.renameAgency(region, agency, request));
	}

	@DeleteMapping("/{region}/agencies/{agency}")
	@Operation(operationId = "retireAgency",
			summary = "Retire an agency: kept with its history; no new employees are imported into it")
	@Refuses(status = 409, when = "The agency is retired already")
	AgencyView retireAgency(@PathVariable String region, @PathVariable String agency) {
		access.require(region, Permission.MANAGE_REGIONS);
		return AgencyView.of(administration.retireAgency(region, agency));
	}

}
