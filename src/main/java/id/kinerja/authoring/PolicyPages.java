package id.kinerja.authoring;

import id.kinerja.staff.Scopes;
import id.kinerja.system.FieldErrors;
import id.kinerja.system.PageController;
import id.kinerja.system.TableQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.access.CurrentUser;
import id.kinerja.access.Permission;
import id.kinerja.system.PageOf;
import id.kinerja.policy.InvalidDraft;
import id.kinerja.policy.Layer;
import id.kinerja.policy.ParameterDefinition;
import id.kinerja.policy.Policies;
import id.kinerja.policy.Validation;
import id.kinerja.staff.Region;
import id.kinerja.staff.Regions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A policy officer's pages: the region's policy as layers, the file editor with validation and
 * publishing, pending changes to approve or reject, a file's versions and their diff, rollback.
 */
@PageController
@RequestMapping("/policies")
class PolicyPages {

	private final PolicyHistory history;

	private final PolicyAuthoring authoring;

	private final Policies policies;

	private final Regions regions;

	private final Scopes scopes;

	private final MessageSource messages;

	PolicyPages(PolicyHistory history, PolicyAuthoring authoring, Policies policies, Regions regions, Scopes scopes,
			MessageSource messages) {
		this.history = history;
		this.authoring = authoring;
		this.policies = policies;
		this.regions = regions;
		this.scopes = scopes;
		this.messages = messages;
	}

	@GetMapping
	String regions(Model model) {
		List<Region> readable = scopes.regions(Permission.READ_POLICY);
		if (readable.size() == 1) {
			return "redirect:/policies/" + readable.get(0).getId();
		}
		model.addAttribute("regions", readable);
		return "policy/regions";
	}

	/** The files of one layer: the national baseline, the region, or one agency. */
	record LayerView(String layer, String agency, List<PolicyHistory.FileView> files, List<ParameterDefinition> parameters) {
	}

	@GetMapping("/{region}")
	String overview(@PathVariable String region, HttpServletRequest request, Model model) {
		PolicyHistory.Overview overview = history.overview(region);
		model.addAttribute("region", regions.require(region));
		model.addAttribute("overview", overview);
		model.addAttribute("layers", layers(overview));
		String path = "/policies/" + region;
		TableQuery<VersionSort> releases = TableQuery.of(request, path, "releases.", "releases", VersionSort.VERSION, true);
		model.addAttribute("releasesTable", releases);
		model.addAttribute("releases", history.releases(region, releases.sort(), releases.descending(), releases.page(),
				TableQuery.PAGE_SIZE));
		model.addAttribute("rollbackChoices", history.releases(region));
		if (scopes.allows(region, Permission.READ_DRAFTS)) {
			TableQuery<VersionSort> changes = TableQuery.of(request, path, "changes.", "changes", VersionSort.VERSION, true);
			model.addAttribute("changesTable", changes);
			model.addAttribute("changes", history.changes(region, changes.sort(), changes.descending(), changes.page(),
					TableQuery.PAGE_SIZE));
		}
		model.addAttribute("canEdit", scopes.allows(region, Permission.EDIT_POLICY));
		model.addAttribute("canRollback", scopes.allows(region, Permission.ROLLBACK_POLICY));
		if (!model.containsAttribute("rollback")) {
			model.addAttribute("rollback", new PolicyForms.Rollback(null, ""));
		}
		return "policy/overview";
	}

	private List<LayerView> layers(PolicyHistory.Overview overview) {
		Map<String, LayerView> layers = new LinkedHashMap<>();
		layers.put("", new LayerView(Layer.NATIONAL.name(), null, new ArrayList<>(), parameters(overview, Layer.NATIONAL)));
		layers.put("*", new LayerView(Layer.REGION.name(), null, new ArrayList<>(), parameters(overview, Layer.REGION)));
		overview.files().stream().filter(f -> f.agency() != null).map(PolicyHistory.FileView::agency).sorted().distinct()
			.forEach(agency -> layers.put(agency, new LayerView(Layer.AGENCY.name(), agency, new ArrayList<>(),
					agencyParameters(overview.region(), agency))));
		overview.files().forEach(file -> layers.get(key(file)).files().add(file));
		return List.copyOf(layers.values());
	}

	private static String key(PolicyHistory.FileView file) {
		return file.agency() != null ? file.agency() : file.layer().equals(Layer.NATIONAL.name()) ? "" : "*";
	}

	private static List<ParameterDefinition> parameters(PolicyHistory.Overview overview, Layer layer) {
		return overview.parameters().values().stream().filter(p -> p.layer() == layer).toList();
	}

	private List<ParameterDefinition> agencyParameters(String region, String agency) {
		return policies.active(region).parameters(agency).values().stream().filter(p -> p.layer() == Layer.AGENCY).toList();
	}

	@GetMapping("/{region}/file")
	String file(@PathVariable String region, @RequestParam String path, Model model) {
		PolicyHistory.FileContent file = history.file(region, path);
		return editor(region, file, new PolicyForms.FileDraft(file.content(), "", null), null, false, model);
	}

	/** Validates or publishes the draft; on any refusal the page shows the submitted text again. */
	@PostMapping("/{region}/file")
	String submit(@PathVariable String region, @RequestParam String path,
			@Valid @ModelAttribute("draft") PolicyForms.FileDraft draft, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PolicyHistory.FileContent file = history.file(region, path);
		String content = draft.content() == null ? "" : draft.content();
		if (draft.publishing() && (draft.comment() == null || draft.comment().isBlank())) {
			errors.rejectValue("comment", "NotBlank");
		}
		if (errors.hasErrors()) {
			return editor(region, file, draft, null, true, model);
		}
		if (!draft.publishing()) {
			return editor(region, file, draft, authoring.validate(region, Map.of(path, content)), true, model);
		}
		try {
			PolicyAuthoring.Published published = authoring.publish(region, Map.of(path, content), draft.comment());
			redirect.addFlashAttribute("clearDraft", draftKey(region, path));
			if (published.pending() != null) {
				redirect.addFlashAttribute("submitted", true);
				return "redirect:/policies/" + region + "/changes/" + published.pending().id();
			}
			redirect.addFlashAttribute("published", published.release().version());
			return "redirect:/policies/" + region;
		}
		catch (InvalidDraft ex) {
			model.addAttribute("refused", true);
			return editor(region, file, draft, ex.validation(), true, model);
		}
	}

	/**
	 * The case table editor: adds or removes a row, or validates or publishes the table as the file's text,
	 * through the same flow as the text editor.
	 */
	@PostMapping("/{region}/cases")
	String cases(@PathVariable String region, @RequestParam String path,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		scopes.require(region, Permission.EDIT_POLICY);
		String action = form.getFirst("action") == null ? "validate" : form.getFirst("action");
		CaseTableForm table = CaseTableForm.submitted(form);
		if (action.equals("add")) {
			table = table.withRow();
		}
		else if (action.matches("remove:\\d{1,6}")) {
			table = table.without(Integer.parseInt(action.substring("remove:".length())));
		}
		boolean submitting = action.equals("validate") || action.equals("publish");
		PolicyForms.FileDraft draft = new PolicyForms.FileDraft(table.csv(), form.getFirst("comment"),
				submitting ? action : null);
		if (!submitting) {
			return editor(region, history.file(region, path), draft, null, true, model);
		}
		BindingResult errors = new BeanPropertyBindingResult(draft, "draft");
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "draft", errors);
		return submit(region, path, draft, errors, model, redirect);
	}

	private String editor(String region, PolicyHistory.FileContent file, PolicyForms.FileDraft draft,
			Validation validation, boolean submitted, Model model) {
		model.addAttribute("region", regions.require(region));
		model.addAttribute("file", file);
		model.addAttribute("draft", draft);
		model.addAttribute("validation", validation == null ? null : validation.in(LocaleContextHolder.getLocale()));
		model.addAttribute("submitted", submitted);
		model.addAttribute("draftKey", draftKey(region, file.path()));
		model.addAttribute("caseTable", CaseTableForm.applies(file.path()) && draft.content() != null
				? CaseTableForm.parse(draft.content()) : null);
		model.addAttribute("editable", !file.layer().equals(Layer.NATIONAL.name())
				&& scopes.allows(region, Permission.EDIT_POLICY));
		return "policy/editor";
	}

	/** Where the browser keeps an unpublished draft of a file (localStorage). */
	static String draftKey(String region, String path) {
		return "kinerja-draft:" + region + ":" + path;
	}

	@GetMapping("/{region}/changes/{id}")
	String change(@PathVariable String region, @PathVariable long id, Model model) {
		ChangeView change = history.change(region, id);
		model.addAttribute("region", regions.require(region));
		model.addAttribute("change", change);
		model.addAttribute("own", change.author().equals(CurrentUser.name()));
		model.addAttribute("canDecide", scopes.allows(region, Permission.APPROVE_POLICY));
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new PolicyForms.Decision(""));
		}
		return "policy/change";
	}

	@PostMapping("/{region}/changes/{id}/{verdict:approve|reject}")
	String decide(@PathVariable String region, @PathVariable long id, @PathVariable String verdict,
			@Valid @ModelAttribute("decision") PolicyForms.Decision decision, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return change(region, id, model);
		}
		try {
			if (verdict.equals("approve")) {
				redirect.addFlashAttribute("published", authoring.approve(region, id, decision.comment()).version());
				return "redirect:/policies/" + region;
			}
			authoring.reject(region, id, decision.comment());
			redirect.addFlashAttribute("rejected", id);
			return "redirect:/policies/" + region + "/changes/" + id;
		}
		catch (ErrorResponseException ex) {
			model.addAttribute("refusal", FieldErrors.text(ex, messages));
			return change(region, id, model);
		}
	}

	@PostMapping("/{region}/rollback")
	String rollback(@PathVariable String region, @Valid @ModelAttribute("rollback") PolicyForms.Rollback rollback,
			BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return overview(region, request, model);
		}
		PolicyAuthoring.Published published = authoring.rollback(region, rollback.release(), rollback.comment());
		if (published.pending() != null) {
			redirect.addFlashAttribute("submitted", true);
			return "redirect:/policies/" + region + "/changes/" + published.pending().id();
		}
		redirect.addFlashAttribute("rolledBack", published.release().version());
		return "redirect:/policies/" + region;
	}

	/** A file's versions, newest first unless asked otherwise; the diff form offers those of the page. */
	@GetMapping("/{region}/history")
	String fileHistory(@PathVariable String region, @RequestParam String path, HttpServletRequest request,
			Model model) {
		model.addAttribute("region", regions.require(region));
		TableQuery<VersionSort> table = TableQuery.of(request, "/policies/" + region + "/history", VersionSort.VERSION,
				true);
		PageOf<FileVersionView> versions = history.history(region, path, table.sort(), table.descending(),
				table.page(), TableQuery.PAGE_SIZE);
		model.addAttribute("path", path);
		model.addAttribute("versions", versions);
		model.addAttribute("versionsTable", table);
		model.addAttribute("choices",
				versions.content().stream().sorted(Comparator.comparing(FileVersionView::id).reversed()).toList());
		return "policy/history";
	}

	@GetMapping("/{region}/diff")
	String diff(@PathVariable String region, @RequestParam long from, @RequestParam long to, Model model) {
		PolicyHistory.Diff diff = history.diff(region, from, to);
		model.addAttribute("region", regions.require(region));
		model.addAttribute("diff", diff);
		model.addAttribute("lines", diff.unified().lines().toList());
		return "policy/diff";
	}

}
