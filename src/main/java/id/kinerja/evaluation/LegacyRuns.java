package id.kinerja.evaluation;

import id.kinerja.system.LegacyShape;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A run as answered before 0.2 ({@code ?shape=legacy}): deprecated; remove this class in the release after. */
@RestController
@RequestMapping("/api/v1/evaluations")
@Hidden
class LegacyRuns {

	static final String ANSWER = "`{\"run\": {...}, \"status\": ..., \"partitions\": [...], \"distribution\": {...},"
			+ " \"curveFindings\": [...]}`";

	private final EvaluationResults results;

	LegacyRuns(EvaluationResults results) {
		this.results = results;
	}

	@GetMapping(path = "/{id}", params = LegacyShape.PARAMS)
	RunDetail detail(@PathVariable long id) {
		return results.detail(id);
	}

}
