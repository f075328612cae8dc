package id.kinerja.appraisal;

import java.time.LocalDate;
import java.util.List;

import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.system.Refuses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Evaluation periods: appraisal data can be imported, and runs started, only for a period that exists. */
@RestController
@RequestMapping("/api/v1/periods")
@Tag(name = "Staff", description = "Regions, agencies (OPD) and employees (ASN)")
class PeriodController {

	private final Periods periods;

	private final PeriodAdministration administration;

	private final RegionAccess access;

	PeriodController(Periods periods, PeriodAdministration administration, RegionAccess access) {
		this.periods = periods;
		this.administration = administration;
		this.access = access;
	}

	record PeriodRequest(@NotNull @Pattern(regexp = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?",
			message = "periode harus berbentuk 2025, 2025-Q1 atau 2025-03") String code) {
	}

	record PeriodView(String code, PeriodKind kind, int year, LocalDate start, LocalDate end) {

		static PeriodView of(Period period) {
			return new PeriodView(period.getCode(), period.getKind(), period.getYear(), period.getStart(),
					period.getEnd());
		}

	}

	@GetMapping
	@Operation(operationId = "listPeriods", summary = "The evaluation periods, in code order")
	List<PeriodView> periods() {
		return periods.findAllByOrderByCodeAsc().stream().map(PeriodView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "openPeriod",
			summary = "Open an evaluation period (annual 2025, quarterly 2025-Q1 or monthly 2025-03)")
	@Refuses(status = 409, when = "The period exists")
	PeriodView create(@Valid @RequestBody PeriodRequest request) {
		access.require(null, Permission.MANAGE_REGIONS);
		return PeriodView.of(administration.open(request.code()));
	}

}
