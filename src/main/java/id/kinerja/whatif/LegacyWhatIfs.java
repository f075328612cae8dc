package id.kinerja.whatif;

import java.util.List;

import id.kinerja.system.LegacyShape;
import id.kinerja.system.PageOf;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The what-if answers as they were before 0.2 ({@code ?shape=legacy}): deprecated, removed in the release
 * after. Remove this class then.
 */
@RestController
@RequestMapping("/api/v1/whatif")
@Validated
@Hidden
class LegacyWhatIfs {

	static final String ANSWER = "`{\"whatIf\": {...}, \"changes\": {page}}`";

	static final String LIST = "the page's content alone, as an array";

	private final WhatIfs whatIfs;

	LegacyWhatIfs(WhatIfs whatIfs) {
		this.whatIfs = whatIfs;
	}

	/** The answer before 0.2: the outcome wrapped, beside the first page of changes. */
	record Wrapped(WhatIfOutcome whatIf, PageOf<EmployeeChange> changes) {
	}

	@PostMapping(params = LegacyShape.PARAMS)
	ResponseEntity<Wrapped> run(@Valid @RequestBody WhatIfRequest request,
			@RequestParam(required = false) @Min(0) @Max(30) Integer wait) {
		return WhatIfController.answer(WhatIfController.start(whatIfs, request, wait), this::wrapped);
	}

	@GetMapping(params = LegacyShape.PARAMS)
	List<WhatIfStore.Listed> list(@RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return whatIfs.list(region, page, size);
	}

	@GetMapping(path = "/{id}", params = LegacyShape.PARAMS)
	Wrapped get(@PathVariable long id) {
		whatIfs.requireReadable(id);
		return wrapped(whatIfs.find(id));
	}

	@PostMapping(path = "/{id}/rerun", params = LegacyShape.PARAMS)
	ResponseEntity<Wrapped> rerun(@PathVariable long id) {
		return WhatIfController.answer(whatIfs.rerun(id), this::wrapped);
	}

	private Wrapped wrapped(WhatIfOutcome outcome) {
		return new Wrapped(outcome, WhatIfController.firstChanges(whatIfs, outcome));
	}

}
