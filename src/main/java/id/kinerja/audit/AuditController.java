package id.kinerja.audit;

import java.time.LocalDate;

import id.kinerja.system.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who did what, where, and how it ended")
@Validated
class AuditController {

	private final AuditSearch search;

	AuditController(AuditSearch search) {
		this.search = search;
	}

	@GetMapping
	@Operation(operationId = "listAuditEvents",
			summary = "The audit log, newest first; a policy officer sees only the events of their regions")
	PageOf<AuditEvent> events(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String region, @RequestParam(required = false) AuditOutcome outcome,
			@Parameter(description = "first day, e.g. 2025-12-01") @RequestParam(required = false) @DateTimeFormat(
					iso = ISO.DATE) LocalDate from,
			@Parameter(description = "last day, included") @RequestParam(required = false) @DateTimeFormat(
					iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return search.page(new AuditSearch.Criteria(actor, action, region, outcome, from, to), page, size)
			.sortedBy("occurredAt", true);
	}

}
