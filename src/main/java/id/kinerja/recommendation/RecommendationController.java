package id.kinerja.recommendation;

import java.util.List;

import id.kinerja.evaluation.OfficialRun;
import id.kinerja.system.PageOf;
import id.kinerja.system.Refuses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Recommendations", description = "Course catalogue, training needs and plans, award candidates and near-misses of an official run")
@Validated
class RecommendationController {

	private final Courses courses;

	private final StoredResults results;

	private final Recommendations recommendations;

	RecommendationController(Courses courses, StoredResults results, Recommendations recommendations) {
		this.courses = courses;
		this.results = results;
		this.recommendations = recommendations;
	}

	@GetMapping("/courses")
	@Operation(operationId = "listCourses",
			summary = "The course catalogue, most urgent first, with the training needs each course answers")
	List<Course> courses() {
		return courses.all();
	}

	@GetMapping("/evaluations/{id}/trainings")
	@Operation(operationId = "listTrainings",
			summary = "Each employee's training needs with reason and rule, mapped to courses, and the JP still missing")
	PageOf<EmployeeTrainings> trainings(@PathVariable long id, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		OfficialRun run = recommendations.readable(id, agency);
		TrainingPlanner planner = recommendations.planner();
		List<EmployeeTrainings> content = results.withTrainings(run.id(), agency, page, size)
			.stream()
			.map(planner::advise)
			.toList();
		return PageOf.of(content, page, size, results.countWithTrainings(run.id(), agency)).sortedBy("agency", false);
	}

	@GetMapping("/evaluations/{id}/training-plan")
	@Operation(operationId = "getTrainingPlan",
			summary = "Training plan per agency: courses in priority order with participants, JP and NIPs; JSON, CSV or XLSX")
	@ApiResponse(responseCode = "200", description = "The plan as JSON, CSV or XLSX", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = PlanView.class)),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					schema = @Schema(type = "string", format = "binary")) })
	ResponseEntity<?> trainingPlan(@PathVariable long id, @RequestParam(required = false) String agency,
			@Parameter(description = "json (default), csv or xlsx; without it the Accept header decides")
			@RequestParam(required = false) String format,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		ExportFormat as = ExportFormat.of(format, accept);
		OfficialRun run = recommendations.readable(id, agency);
		List<TrainingPlan.Row> rows = recommendations.planRows(run, agency);
		if (as == ExportFormat.JSON) {
			return ResponseEntity.ok(PlanView.of(run, agency, rows));
		}
		return Recommendations.download(Recommendations.file(run, agency, as, rows));
	}

	@GetMapping("/evaluations/{id}/award-candidates")
	@Operation(operationId = "getAwardCandidates",
			summary = "Each award's candidates in the run, ranked, with the rule and figures that qualify them, and the near-misses",
			description = "Ranking: predikat, then final score, work score and behaviour index, highest first; NIP breaks ties. "
					+ "Near-misses: employees without the award evaluated again under the run's policy version with one "
					+ "parameter of the award rule relaxed by 2, 5 or 10% of its valid range (the direction that adds "
					+ "holders), and one year on for a condition on years of service. The near-misses are found once per "
					+ "run, award and agency by a job of the engine (`nearMissList`, a queue of its own); a request that starts it "
					+ "waits up to `kinerja.work.near-miss-wait`, then answers 202 with the candidates and the job's "
					+ "progress, and the same request asked again shows how far it got, then the near-misses.")
	@ApiResponse(responseCode = "200", description = "the candidates, and the near-misses when asked for")
	@ApiResponse(responseCode = "202", description = "the candidates; the near-miss list is still QUEUED or RUNNING")
	@Refuses(status = 429, when = "The queue of near-miss lists is full; Retry-After says when to ask again")
	ResponseEntity<AwardsView> awardCandidates(@PathVariable long id,
			@Parameter(description = "one award code, e.g. PEGAWAI_TELADAN; without it every award")
			@RequestParam(required = false) String award, @RequestParam(required = false) String agency,
			@Parameter(description = "false to leave the near-misses out (they evaluate the facts again)")
			@RequestParam(defaultValue = "true") boolean nearMisses) {
		AwardsView view = recommendations.awardCandidates(id, award, agency, nearMisses);
		boolean waiting = view.nearMissList() != null
				&& List.of("QUEUED", "RUNNING").contains(view.nearMissList().status());
		return ResponseEntity.status(waiting ? HttpStatus.ACCEPTED : HttpStatus.OK).body(view);
	}

}
