package id.kinerja.staff;

import java.time.OffsetDateTime;
import java.util.List;

import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.access.RegionScope;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Position;
import id.kinerja.system.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Staff", description = "Regions, agencies (OPD) and employees (ASN)")
@Validated
@Transactional(readOnly = true)
class StaffController {

	private final Regions regions;

	private final Agencies agencies;

	private final Employees employees;

	private final RegionAccess access;

	StaffController(Regions regions, Agencies agencies, Employees employees, RegionAccess access) {
		this.regions = regions;
		this.agencies = agencies;
		this.employees = employees;
		this.access = access;
	}

	@GetMapping("/regions")
	@Operation(operationId = "listRegions",
			summary = "The regions (cities and regencies) the user may see, with their BPS code")
	List<RegionView> regions() {
		RegionScope scope = access.scope(Permission.READ_STAFF);
		return regions.findAllByOrderByIdAsc()
			.stream()
			.filter(region -> scope.includes(region.getId()))
			.map(RegionView::of)
			.toList();
	}

	@GetMapping("/regions/{region}")
	@Operation(operationId = "getRegion", summary = "One region")
	RegionView region(@PathVariable String region) {
		access.require(region, Permission.READ_STAFF);
		return RegionView.of(regions.require(region));
	}

	@GetMapping("/regions/{region}/agencies")
	@Operation(operationId = "listAgencies", summary = "The agencies (OPD) of a region")
	List<AgencyView> agencies(@PathVariable String region) {
		access.require(region, Permission.READ_STAFF);
		regions.require(region);
		return agencies.findByRegionIdOrderByCodeAsc(region).stream().map(AgencyView::of).toList();
	}

	@GetMapping("/regions/{region}/agencies/{agency}/employees")
	@Operation(operationId = "listEmployees", summary = "Employees of an agency, paged, ordered by NIP")
	PageOf<EmployeeView> employees(@PathVariable String region, @PathVariable String agency,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		access.require(region, Permission.READ_STAFF);
		Agency found = agencies.require(region, agency);
		Page<Employee> result = employees.findByAgencyId(found.getId(), PageRequest.of(page, size, Sort.by("nip")));
		return PageOf.of(result.map(EmployeeView::of).getContent(), page, size, result.getTotalElements())
			.sortedBy("nip", false);
	}

	@GetMapping("/employees/{nip}")
	@Operation(operationId = "getEmployee", summary = "One employee by NIP")
	EmployeeView employee(@PathVariable @ValidNip String nip) {
		Employee employee = employees.findByNip(nip).orElseThrow(() -> new UnknownEmployee(nip));
		access.requireVisible(employee.getAgency().getRegion().getId(), Permission.READ_STAFF,
				() -> new UnknownEmployee(nip));
		return EmployeeView.of(employee);
	}

	record RegionView(String id, String bpsCode, String name, RegionKind kind, String province,
			TimeZoneName timeZone, OffsetDateTime retiredAt) {

		static RegionView of(Region region) {
			return new RegionView(region.getId(), region.getBpsCode(), region.getName(), region.getKind(),
					region.getProvince(), region.getTimeZone(), region.getRetiredAt());
		}

	}

	record AgencyView(String code, String name, OffsetDateTime retiredAt) {

		static AgencyView of(Agency agency) {
			return new AgencyView(agency.getCode(), agency.getName(), agency.getRetiredAt());
		}

	}

	record EmployeeView(String nip, String name, String region, String agency, Position position,
			FunctionalLevel functionalLevel, String jobTitle, String rank, EmploymentType employmentType,
			boolean unitHead, String supervisorNip) {

		static EmployeeView of(Employee employee) {
			Employee supervisor = employee.getSupervisor();
			return new EmployeeView(employee.getNip(), employee.getName(), employee.getAgency().getRegion().getId(),
					employee.getAgency().getCode(), employee.getPosition(), employee.getFunctionalLevel(),
					employee.getJobTitle(), employee.getRank(), employee.getEmploymentType(), employee.isUnitHead(),
					supervisor == null ? null : supervisor.getNip());
		}

	}

}
