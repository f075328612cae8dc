package id.kinerja.whatif;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import id.kinerja.system.LegacyShape;
import id.kinerja.system.PageOf;
import id.kinerja.system.Refuses;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/whatif")
@Tag(name = "What-if", description = "A draft policy against the active one on real data, side by side; nothing official is written")
@Validated
class WhatIfController {

	private static final int FIRST_PAGE = 50;

	private final WhatIfs whatIfs;

	private final WhatIfStore store;

	WhatIfController(WhatIfs whatIfs, WhatIfStore store) {
		this.whatIfs = whatIfs;
		this.store = store;
	}

	/** A what-if as the API answers it: the outcome itself, with the first page of its changed employees. */
	record WhatIfView(@JsonUnwrapped WhatIfOutcome outcome, PageOf<EmployeeChange> changes) {
	}

	@PostMapping
	@Operation(operationId = "runWhatIf",
			summary = "Run a what-if: 201 with the outcome when it finishes within the wait (3 s, or ?wait= seconds),"
					+ " 202 with its progress otherwise")
	@ApiResponse(responseCode = "201", description = "Done within the wait: the outcome")
	@ApiResponse(responseCode = "202", description = "Still running: `done` of `total` employees; ask again by its id")
	@LegacyShape(LegacyWhatIfs.ANSWER)
	ResponseEntity<WhatIfView> run(@Valid @RequestBody WhatIfRequest request,
			@RequestParam(required = false) @Min(0) @Max(30) Integer wait) {
		return answer(start(whatIfs, request, wait), this::view);
	}

	@GetMapping
	@Operation(operationId = "listWhatIfs", summary = "What-ifs of the user's regions (or one region), newest first")
	@LegacyShape(LegacyWhatIfs.LIST)
	PageOf<WhatIfStore.Listed> list(@RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return whatIfs.list(region, WhatIfSort.REQUESTED, true, page, size).sortedBy("requestedAt", true);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getWhatIf", summary = "A what-if: its progress while running, its outcome once done")
	@LegacyShape(LegacyWhatIfs.ANSWER)
	WhatIfView get(@PathVariable long id) {
		whatIfs.requireReadable(id);
		return view(whatIfs.find(id));
	}

	@GetMapping("/{id}/changes")
	@Operation(operationId = "listWhatIfChanges",
			summary = "The employees that change, by NIP, paged, optionally of one agency or only those whose predikat moves")
	PageOf<EmployeeChange> changes(@PathVariable long id, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "false") boolean moved, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return whatIfs.changes(id, new ChangeFilter(agency, moved), ChangeSort.NIP, false, page, size)
			.sortedBy("nip", false);
	}

	@PostMapping("/{id}/rerun")
	@Operation(operationId = "rerunWhatIf", summary = "Run a stored what-if again on today's data and active policy")
	@ApiResponse(responseCode = "201", description = "Done within the wait: the outcome")
	@ApiResponse(responseCode = "202", description = "Still running: `done` of `total` employees; ask again by its id")
	@LegacyShape(LegacyWhatIfs.ANSWER)
	ResponseEntity<WhatIfView> rerun(@PathVariable long id) {
		return answer(whatIfs.rerun(id), this::view);
	}

	static WhatIfOutcome start(WhatIfs whatIfs, WhatIfRequest request, Integer wait) {
		return wait == null ? whatIfs.start(request) : whatIfs.start(request, Duration.ofSeconds(wait));
	}

	/** 201 when done, 202 while it runs. */
	static <T> ResponseEntity<T> answer(WhatIfOutcome outcome, Function<WhatIfOutcome, T> view) {
		return ResponseEntity.status(outcome.inProgress() ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
			.body(view.apply(outcome));
	}

	/** The first page of the changed employees. */
	static PageOf<EmployeeChange> firstChanges(WhatIfs whatIfs, WhatIfOutcome outcome) {
		return whatIfs.changes(outcome.id(), ChangeFilter.ALL, ChangeSort.NIP, false, 0, FIRST_PAGE).sortedBy("nip", false);
	}

	@GetMapping("/{id}/export")
	@Operation(operationId = "exportWhatIf",
			summary = "The changed employees as CSV or XLSX (with the migration matrix)")
	@Refuses(status = 409, when = "The what-if has not finished")
	ResponseEntity<StreamingResponseBody> export(@PathVariable long id,
			@RequestParam(defaultValue = "csv") @Pattern(regexp = "csv|xlsx") String format) {
		whatIfs.requireReadable(id);
		WhatIfOutcome outcome = whatIfs.find(id);
		if (outcome.summary() == null) {
			throw new WhatIfNotDone(id, outcome.status());
		}
		WhatIfExport.Pages pages = (page, size) -> store.changes(id, ChangeFilter.ALL, page, size);
		boolean xlsx = format.equals("xlsx");
		StreamingResponseBody body = xlsx ? out -> WhatIfExport.xlsx(outcome, pages, out)
				: out -> WhatIfExport.csv(pages, out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"whatif-" + id + "." + format + "\"")
			.contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	private WhatIfView view(WhatIfOutcome outcome) {
		return new WhatIfView(outcome, firstChanges(whatIfs, outcome));
	}

}
