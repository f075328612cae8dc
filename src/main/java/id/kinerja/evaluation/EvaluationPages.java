package id.kinerja.evaluation;

import id.kinerja.staff.Scopes;
import id.kinerja.system.FieldErrors;
import id.kinerja.system.PageController;
import id.kinerja.system.TableQuery;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.access.Permission;
import id.kinerja.appraisal.OrganisationRatingEntry;
import id.kinerja.appraisal.OrganisationRatings;
import id.kinerja.appraisal.Periods;
import id.kinerja.authoring.PolicyVersions;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.FiredRule;
import id.kinerja.policy.Layer;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.Agency;
import id.kinerja.staff.Region;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An HR analyst's pages for official runs: start one, list them, read a run's results (filtered, sorted
 * and paged on the server, exported), its curve per agency, and one employee's explanation.
 */
@PageController
@RequestMapping("/evaluations")
class EvaluationPages {


	private final Evaluations evaluations;

	private final EvaluationResults results;

	private final PolicyVersions versions;

	private final Agencies agencies;

	private final Periods periods;

	private final OrganisationRatings ratings;

	private final Scopes scopes;

	private final RunJobs jobs;

	private final ResultWorking working;

	EvaluationPages(Evaluations evaluations, EvaluationResults results, PolicyVersions versions, Agencies agencies,
			Periods periods, OrganisationRatings ratings, Scopes scopes, RunJobs jobs, ResultWorking working) {
		this.working = working;
		this.jobs = jobs;
		this.evaluations = evaluations;
		this.results = results;
		this.versions = versions;
		this.agencies = agencies;
		this.periods = periods;
		this.ratings = ratings;
		this.scopes = scopes;
	}

	@GetMapping
	String runs(@RequestParam(required = false) String region, HttpServletRequest request, Model model) {
		if (!model.containsAttribute("runForm")) {
			model.addAttribute("runForm", new RunForm(region, null, "2025"));
		}
		return form(TableQuery.blankToNull(region), request, model);
	}

	/** The form to start a run above the runs, newest first unless asked otherwise. */
	private String form(String region, HttpServletRequest request, Model model) {
		TableQuery<RunSort> table = TableQuery.of(request, "/evaluations", RunSort.STARTED, true);
		model.addAttribute("runs", results.runs(region, table.sort(), table.descending(), table.page(), TableQuery.PAGE_SIZE));
		model.addAttribute("runsTable", table);
		List<Region> runnable = scopes.regions(Permission.RUN_EVALUATION);
		model.addAttribute("runRegions", runnable);
		model.addAttribute("agenciesByRegion", agenciesOf(runnable));
		model.addAttribute("periods", periods.findAllByOrderByCodeAsc());
		return "evaluation/runs";
	}

	Map<Region, List<Agency>> agenciesOf(List<Region> regions) {
		Map<Region, List<Agency>> byRegion = new LinkedHashMap<>();
		regions.forEach(region -> byRegion.put(region, agencies.findByRegionIdOrderByCodeAsc(region.getId())));
		return byRegion;
	}

	@PostMapping
	String run(@Valid @ModelAttribute("runForm") RunForm form, BindingResult errors, HttpServletRequest request,
			Model model) {
		if (!errors.hasErrors()) {
			scopes.require(form.region(), Permission.RUN_EVALUATION);
			try {
				return "redirect:/evaluations/jobs/" + jobs.start(form.region(), form.agencyOrNull(), form.period());
			}
			catch (ErrorResponseException ex) {
				FieldErrors.reject(errors, ex, "region", "agency", "period");
			}
		}
		return form(null, request, model);
	}

	/** A run going on in the background: done / total, then on to the run once it is written. */
	@GetMapping("/jobs/{id}")
	String job(@PathVariable String id, Model model) {
		RunJobs.Job job = visibleJob(id);
		if (job.status().equals("DONE")) {
			return "redirect:/evaluations/" + job.runId();
		}
		model.addAttribute("job", job);
		return "evaluation/job";
	}

	/** The progress fragment htmx polls; once the run is written, htmx goes on to it. */
	@GetMapping("/jobs/{id}/progress")
	String jobProgress(@PathVariable String id, Model model, HttpServletResponse response) {
		RunJobs.Job job = visibleJob(id);
		if (job.status().equals("DONE")) {
			response.setHeader("HX-Redirect", "/evaluations/" + job.runId());
		}
		model.addAttribute("job", job);
		return "evaluation/job :: progress";
	}

	private RunJobs.Job visibleJob(String id) {
		RunJobs.Job job = jobs.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		scopes.requireVisible(job.region(), Permission.RUN_EVALUATION,
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return job;
	}

	/** The filters of the results table, applied on the server; its order and page are a {@link TableQuery}'s. */
	record Query(String agency, String predikat, String award, String training) {

		// templates call these, and SpEL sees public methods only
		public EvaluationResults.Filter filter() {
			return new EvaluationResults.Filter(TableQuery.blankToNull(agency), knownPredikat(), code(award), code(training));
		}

		/** An award or training code as the rules write them, else none. */
		private static String code(String value) {
			return value != null && value.matches("[A-Z0-9_]{1,80}") ? value : null;
		}

		/** The predikat filter if it names one, else none. */
		public String knownPredikat() {
			for (Predikat candidate : Predikat.values()) {
				if (candidate.name().equals(predikat)) {
					return predikat;
				}
			}
			return null;
		}

	}

	@GetMapping("/{id}")
	String run(@PathVariable long id, Query query, HttpServletRequest request, Model model) {
		RunDetail detail = results.detail(id);
		TableQuery<ResultSort> table = TableQuery.of(request, "/evaluations/" + id, ResultSort.AGENCY, false);
		model.addAttribute("detail", detail);
		model.addAttribute("query", query);
		model.addAttribute("resultsTable", table);
		model.addAttribute("results", results.results(id, query.filter(), table.sort(), table.descending(),
				table.page(), TableQuery.PAGE_SIZE));
		model.addAttribute("charts", charts(detail));
		model.addAttribute("predikats", Predikat.values());
		model.addAttribute("sorts", ResultSort.values());
		model.addAttribute("awards", results.awards(id));
		model.addAttribute("trainings", results.trainings(id));
		return "evaluation/run";
	}

	private List<CurveChart> charts(RunDetail detail) {
		RunSummary run = detail.run();
		// the curve of the version the run used, whatever is active now
		CompiledPolicy policy = versions.compiled(run.region(), run.policyVersion());
		Map<String, OrganisationRating> rating = new LinkedHashMap<>();
		agencies.findByRegionIdOrderByCodeAsc(run.region())
			.forEach(agency -> ratings.findByAgencyIdAndPeriodCode(agency.getId(), run.period())
				.map(OrganisationRatingEntry::getRating)
				.ifPresent(r -> rating.put(agency.getCode(), r)));
		return detail.distribution().entrySet().stream().map(entry -> {
			Map<Predikat, Long> counts = new EnumMap<>(Predikat.class);
			entry.getValue().forEach((predikat, count) -> {
				if (!predikat.equals("TANPA_PREDIKAT")) {
					counts.put(Predikat.valueOf(predikat), count);
				}
			});
			List<String> findings = detail.curveFindings().stream().filter(f -> f.agency().equals(entry.getKey()))
				.map(StoredFinding::constraint).toList();
			return CurveChart.of(entry.getKey(), rating.get(entry.getKey()), counts,
					policy.curveLimits(entry.getKey()), findings);
		}).toList();
	}

	@GetMapping("/{id}/export")
	ResponseEntity<StreamingResponseBody> export(@PathVariable long id, Query query,
			@RequestParam(defaultValue = "csv") String format) {
		boolean xlsx = format.equals("xlsx");
		results.detail(id);
		StreamingResponseBody body = out -> results.export(id, query.filter(), xlsx, out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluasi-" + id + (xlsx ? ".xlsx\"" : ".csv\""))
			.contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	@GetMapping("/{id}/results/{nip}")
	String result(@PathVariable long id, @PathVariable String nip, Model model) {
		EmployeeResult result = results.result(id, nip);
		Map<Layer, List<FiredRule>> byLayer = new EnumMap<>(Layer.class);
		result.firedRules().forEach(rule -> byLayer.computeIfAbsent(rule.layer(), l -> new java.util.ArrayList<>()).add(rule));
		RunSummary run = results.detail(id).run();
		model.addAttribute("run", run);
		model.addAttribute("result", result);
		model.addAttribute("working", working.of(run, result));
		model.addAttribute("rulesByLayer", byLayer);
		return "evaluation/result";
	}

}
