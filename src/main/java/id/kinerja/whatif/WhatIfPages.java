package id.kinerja.whatif;

import id.kinerja.evaluation.CurveChart;
import id.kinerja.staff.Scopes;
import id.kinerja.system.FieldErrors;
import id.kinerja.system.PageController;
import id.kinerja.system.TableQuery;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import id.kinerja.access.Permission;
import id.kinerja.appraisal.Periods;
import id.kinerja.system.PageOf;
import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.InvalidDraft;
import id.kinerja.policy.Layer;
import id.kinerja.policy.Policies;
import id.kinerja.policy.PolicyFile;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.Regions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An HR analyst's what-if: a form with the scope, the region's parameters with their ranges and an
 * optional edited file; then the progress while it runs, and the migration matrix, spreads, awards,
 * training demand and the employees who change.
 */
@PageController
@RequestMapping("/whatif")
class WhatIfPages {

	/** How long the form waits for a what-if before showing its progress instead. */
	private static final Duration PATIENCE = Duration.ofSeconds(2);

	private final WhatIfs whatIfs;

	private final Policies policies;

	private final Regions regions;

	private final Agencies agencies;

	private final Periods periods;

	private final Scopes scopes;

	private final MessageSource messages;

	WhatIfPages(WhatIfs whatIfs, Policies policies, Regions regions, Agencies agencies, Periods periods,
			Scopes scopes, MessageSource messages) {
		this.whatIfs = whatIfs;
		this.policies = policies;
		this.regions = regions;
		this.agencies = agencies;
		this.periods = periods;
		this.scopes = scopes;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String region, HttpServletRequest request, Model model) {
		TableQuery<WhatIfSort> table = TableQuery.of(request, "/whatif", WhatIfSort.REQUESTED, true);
		model.addAttribute("whatIfsTable", table);
		model.addAttribute("whatIfs", whatIfs.list(TableQuery.blankToNull(region), table.sort(),
				table.descending(), table.page(), TableQuery.PAGE_SIZE));
		model.addAttribute("regions", scopes.regions(Permission.RUN_WHAT_IF));
		return "whatif/list";
	}

	@GetMapping("/new")
	String form(@RequestParam String region, Model model) {
		return form(new WhatIfForm(region, List.of(), "2025", null, null, null, Map.of()), model);
	}

	private String form(WhatIfForm form, Model model) {
		scopes.require(form.region(), Permission.RUN_WHAT_IF);
		model.addAttribute("form", form);
		model.addAttribute("region", regions.require(form.region()));
		model.addAttribute("regions", scopes.regions(Permission.RUN_WHAT_IF));
		model.addAttribute("agencies", agencies.findByRegionIdOrderByCodeAsc(form.region()));
		model.addAttribute("periods", periods.findAllByOrderByCodeAsc());
		model.addAttribute("parameters", policies.active(form.region()).parameters(null).values());
		model.addAttribute("files", policies.active(form.region()).files().stream()
			.filter(file -> file.layer() != Layer.NATIONAL).map(PolicyFile::path).toList());
		return "whatif/form";
	}

	@PostMapping
	String start(@Valid @ModelAttribute("form") WhatIfForm typed, BindingResult errors,
			@RequestParam Map<String, String> parameters, Model model) {
		WhatIfForm form = typed.withOverrides(parameters);
		Map<String, String> overrideErrors = new HashMap<>();
		Map<String, Double> overrides = numbers(form, overrideErrors);
		model.addAttribute("overrideErrors", overrideErrors);
		if (errors.hasErrors() || !overrideErrors.isEmpty()) {
			return form(form, model);
		}
		WhatIfRequest request = new WhatIfRequest(form.region(), form.agencies(), form.period(),
				form.editsFile() ? Map.of(form.path(), form.content()) : Map.of(), overrides, form.name());
		try {
			return "redirect:/whatif/" + whatIfs.start(request, PATIENCE).id();
		}
		catch (InvalidDraft ex) {
			model.addAttribute("validation", ex.validation());
		}
		catch (ErrorResponseException ex) {
			rangeErrors(ex, overrideErrors);
			if (overrideErrors.isEmpty()) {
				FieldErrors.reject(errors, ex, "region", "agencies", "period");
			}
		}
		return form(form, model);
	}

	/** The overrides as numbers; what is not a number is reported by its parameter's name. */
	private static Map<String, Double> numbers(WhatIfForm form, Map<String, String> problems) {
		Map<String, Double> numbers = new HashMap<>();
		form.overrides().forEach((name, text) -> {
			try {
				numbers.put(name, Double.valueOf(text.replace(',', '.')));
			}
			catch (NumberFormatException ex) {
				problems.put(name, "whatif.notANumber");
			}
		});
		return numbers;
	}

	/** Overrides the what-if refused (unknown, out of range), by parameter name. */
	@SuppressWarnings("unchecked")
	private static void rangeErrors(ErrorResponseException ex, Map<String, String> problems) {
		Object errors = ex.getBody().getProperties() == null ? null : ex.getBody().getProperties().get("errors");
		if (errors instanceof List<?> list) {
			list.stream().map(e -> (Map<String, String>) e).filter(e -> e.get("field").startsWith("overrides."))
				.forEach(e -> problems.put(e.get("field").substring("overrides.".length()), "whatif.outOfRange"));
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "false") boolean moved, HttpServletRequest request, Model model, Locale locale) {
		WhatIfOutcome outcome = whatIfs.read(id);
		model.addAttribute("whatIf", outcome);
		if (outcome.summary() != null) {
			String only = TableQuery.blankToNull(agency);
			TableQuery<ChangeSort> table = TableQuery.of(request, "/whatif/" + id, ChangeSort.AGENCY, false);
			model.addAttribute("matrix", MigrationMatrix.of(outcome.summary().migration().stream()
				.map(m -> new MigrationMatrix.Move(m.from(), m.to(), m.count())).toList()));
			model.addAttribute("charts", charts(outcome));
			model.addAttribute("agency", only);
			model.addAttribute("changesTable", table);
			model.addAttribute("moved", moved);
			model.addAttribute("movedCount", outcome.summary().migration().stream()
				.filter(m -> !Objects.equals(m.from(), m.to())).mapToInt(WhatIfOutcome.Migration::count).sum());
			PageOf<EmployeeChange> changes = whatIfs.changes(id, new ChangeFilter(only, moved), table.sort(),
					table.descending(), table.page(), TableQuery.PAGE_SIZE);
			model.addAttribute("changes", changes);
			model.addAttribute("changeRows",
					changes.content().stream().map(change -> ChangeRow.of(change, messages, locale)).toList());
		}
		return "whatif/show";
	}

	/** Per agency: the spread before and after, each beside its curve. */
	record AgencyCharts(String agency, CurveChart before, CurveChart after, WhatIfOutcome.AgencyComparison comparison) {
	}

	private List<AgencyCharts> charts(WhatIfOutcome outcome) {
		return outcome.agencies().stream().map(a -> {
			// what-ifs stored before their limits were kept: the active policy's
			Map<String, Double> active = a.limitsAfter() == null ? policies.active(outcome.region()).curveLimits(a.agency())
					: null;
			return new AgencyCharts(a.agency(),
					CurveChart.of(a.agency(), a.organisationRating(), a.before(),
							a.limitsBefore() == null ? active : a.limitsBefore(), constraints(a.findingsBefore())),
					CurveChart.of(a.agency(), a.organisationRating(), a.after(),
							a.limitsAfter() == null ? active : a.limitsAfter(), constraints(a.findingsAfter())), a);
		}).toList();
	}

	private static List<String> constraints(List<CurveOutcome> findings) {
		return findings.stream().map(CurveOutcome::constraint).toList();
	}

	/** The progress while running; once finished, htmx reloads the whole page to show the outcome. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model, HttpServletResponse response) {
		WhatIfOutcome outcome = whatIfs.read(id);
		if (!outcome.inProgress()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("whatIf", outcome);
		return "whatif/show :: progress";
	}

}
