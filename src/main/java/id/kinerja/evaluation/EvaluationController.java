package id.kinerja.evaluation;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.Policies;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.staff.UnknownAgency;
import id.kinerja.system.LegacyShape;
import id.kinerja.system.PageOf;
import id.kinerja.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Official evaluation runs, their results and inline previews")
@Validated
class EvaluationController {

	private final Evaluations evaluations;

	private final EvaluationResults results;

	private final Policies policies;

	private final JdbcClient jdbc;

	private final RegionAccess access;

	private final Replays replays;

	private final RunJobs jobs;

	private final MessageSource messages;

	EvaluationController(Evaluations evaluations, EvaluationResults results, Policies policies, JdbcClient jdbc,
			RegionAccess access, Replays replays, RunJobs jobs, MessageSource messages) {
		this.jobs = jobs;
		this.messages = messages;
		this.replays = replays;
		this.evaluations = evaluations;
		this.results = results;
		this.policies = policies;
		this.jdbc = jdbc;
		this.access = access;
	}

	@PostMapping
	@Operation(operationId = "runEvaluation",
			summary = "Run an official evaluation of a region (or one agency) for a period: 201 with the run once"
			+ " it is written within `wait` seconds, else 202 with its place in the queue or its progress (429 when"
			+ " the queue is full)")
	@ApiResponse(responseCode = "201", description = "The run, written within `wait` seconds",
			content = @Content(schema = @Schema(implementation = RunView.class)))
	@ApiResponse(responseCode = "202", description = "Waiting or running: its place in the queue or its progress;"
			+ " `Location` is the job to ask again", content = @Content(schema = @Schema(implementation = JobView.class)))
	ResponseEntity<Object> run(@Valid @RequestBody EvaluationRequest request,
			@RequestParam(defaultValue = "60") @Min(0) @Max(600) int wait) {
		access.require(request.region(), Permission.RUN_EVALUATION);
		String id = jobs.start(request.region(), blankToNull(request.agency()), request.period());
		RunJobs.Job job = jobs.await(id, Duration.ofSeconds(wait));
		if (job.runId() != null) {
			return ResponseEntity.status(HttpStatus.CREATED).body(RunView.of(results.detail(job.runId())));
		}
		return ResponseEntity.accepted().location(URI.create("/api/v1/evaluations/jobs/" + id)).body(view(job));
	}

	@GetMapping("/jobs/{id}")
	@Operation(operationId = "getRunJob",
			summary = "A run waiting or running: its place in the queue, then its progress, then its run id")
	JobView job(@PathVariable String id) {
		RunJobs.Job job = jobs.job(id).orElseThrow(() -> Refusal.notFound("id", id));
		access.require(job.region(), Permission.RUN_EVALUATION);
		return view(job);
	}

	/** A run as the API shows it while it waits or runs; {@code error} in the request's language. */
	record JobView(String id, String region, String agency, String period, String status, int position, int done,
			int total, Long runId, String error) {
	}

	private JobView view(RunJobs.Job job) {
		String error = job.error() == null ? null : messages.getMessage(job.error(), LocaleContextHolder.getLocale());
		return new JobView(job.id(), job.region(), job.agency(), job.period(), job.status(), job.position(), job.done(),
				job.total(), job.runId(), error);
	}

	@GetMapping
	@Operation(operationId = "listRuns",
			summary = "List evaluation runs, newest first; without a region, those of the user's regions")
	PageOf<RunSummary> list(@RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return results.runs(region, page, size).sortedBy("startedAt", true);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getRun",
			summary = "One run with its predikat distribution per agency and its curve findings")
	@LegacyShape(LegacyRuns.ANSWER)
	RunView detail(@PathVariable long id) {
		return RunView.of(results.detail(id));
	}

	@GetMapping("/{id}/results")
	@Operation(operationId = "listResults", summary = "Results of a run, paged, filtered by agency and predikat")
	PageOf<EmployeeResult> results(@PathVariable long id, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Predikat predikat, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return results.results(id, new EvaluationResults.Filter(agency, predikat == null ? null : predikat.name()),
				ResultSort.AGENCY, false, page, size)
			.sortedBy("agency", false);
	}

	@GetMapping("/{id}/results/{nip}")
	@Operation(operationId = "getResult",
			summary = "One employee's result with its explanation (every rule that fired)")
	EmployeeResult result(@PathVariable long id, @PathVariable String nip) {
		return results.result(id, nip);
	}

	@GetMapping("/trends/employees/{nip}")
	@Operation(operationId = "getEmployeeTrend",
			summary = "An employee's predikat and scores across the official monthly, quarterly and annual runs of a"
					+ " year: one point per period, from its newest official run")
	Trends.EmployeeTrend employeeTrend(@PathVariable String nip, @RequestParam String region,
			@RequestParam @Min(2000) @Max(2100) int year) {
		return results.employeeTrend(region, nip, year);
	}

	@GetMapping("/trends/agencies/{agency}")
	@Operation(operationId = "getAgencyTrend",
			summary = "An agency's predikat spread and mean scores across the official runs of a year, one point per"
					+ " period")
	Trends.AgencyTrend agencyTrend(@PathVariable String agency, @RequestParam String region,
			@RequestParam @Min(2000) @Max(2100) int year) {
		return results.agencyTrend(region, agency, year);
	}

	@PostMapping("/{id}/replay")
	@Operation(operationId = "replayRun",
			summary = "Evaluate a past run's facts again under the exact policy version it used and compare with its"
					+ " stored results; writes nothing")
	Replays.Replay replay(@PathVariable long id) {
		return replays.replay(results.readable(id));
	}

	@PostMapping("/preview")
	@Operation(operationId = "previewEvaluation", summary = "Evaluate employees given inline; writes nothing")
	PreviewResponse preview(@Valid @RequestBody PreviewRequest request) {
		String region = blankToNull(request.region());
		String agency = blankToNull(request.agency());
		access.require(region, Permission.RUN_EVALUATION);
		CompiledPolicy policy = policy(region, agency);
		List<Employee> facts = request.employees()
			.stream()
			.map(employee -> employee.fact(agency, request.organisationRating(), request.periodMonths()))
			.toList();
		List<EmployeeOutcome> outcomes = policy.explained(agency, policy.evaluate(agency, facts));
		return new PreviewResponse(policy.version(), outcomes,
				policy.checkCurve(agency, request.organisationRating(), outcomes));
	}

	private CompiledPolicy policy(String region, String agency) {
		if (region == null) {
			if (agency != null) {
				throw new Refusal(HttpStatus.BAD_REQUEST, "Malformed request", "agencyWithoutRegion").field("agency");
			}
			return policies.national();
		}
		CompiledPolicy policy = policies.active(region);
		if (agency != null && !agencyExists(region, agency)) {
			throw new UnknownAgency(region, agency);
		}
		return policy;
	}

	private boolean agencyExists(String region, String agency) {
		return jdbc.sql("select count(*) from agency where region_id = :region and code = :agency")
			.param("region", region)
			.param("agency", agency)
			.query(Long.class)
			.single() > 0;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
