package id.kinerja.administration;

import id.kinerja.staff.Scopes;
import id.kinerja.system.FieldErrors;
import id.kinerja.system.PageController;
import id.kinerja.access.Permission;
import id.kinerja.appraisal.PeriodAdministration;
import id.kinerja.appraisal.Periods;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.AgencyRequest;
import id.kinerja.staff.Region;
import id.kinerja.staff.RegionAdministration;
import id.kinerja.staff.RegionKind;
import id.kinerja.staff.RegionRequest;
import id.kinerja.staff.Regions;
import id.kinerja.staff.StaffChanges;
import id.kinerja.staff.TimeZoneName;
import jakarta.validation.Valid;

import org.springframework.ui.Model;
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
 * An administrator's pages for regions (with their time zone), their agencies and the evaluation periods:
 * create, edit, retire; each region's history of changes.
 */
@PageController
@RequestMapping("/regions")
class RegionPages {

	private final RegionAdministration administration;

	private final PeriodAdministration periodAdministration;

	private final Regions regions;

	private final Agencies agencies;

	private final Periods periods;

	private final StaffChanges changes;

	private final Scopes scopes;

	RegionPages(RegionAdministration administration, PeriodAdministration periodAdministration, Regions regions,
			Agencies agencies, Periods periods, StaffChanges changes, Scopes scopes) {
		this.administration = administration;
		this.periodAdministration = periodAdministration;
		this.regions = regions;
		this.agencies = agencies;
		this.periods = periods;
		this.changes = changes;
		this.scopes = scopes;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", RegionKind.values());
		model.addAttribute("zones", TimeZoneName.values());
	}

	@GetMapping
	String list(Model model) {
		scopes.require(null, Permission.MANAGE_REGIONS);
		if (!model.containsAttribute("regionForm")) {
			model.addAttribute("regionForm", new RegionRequest(null, null, null, RegionKind.KOTA, null, TimeZoneName.WIB));
		}
		model.addAttribute("regions", regions.findAllByOrderByIdAsc());
		model.addAttribute("periods", periods.findAllByOrderByCodeAsc());
		return "regions/list";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("regionForm") RegionRequest form, BindingResult errors, Model model) {
		scopes.require(null, Permission.MANAGE_REGIONS);
		if (!errors.hasErrors()) {
			try {
				return "redirect:/regions/" + administration.create(form).getId();
			}
			catch (ErrorResponseException ex) {
				FieldErrors.reject(errors, ex, "id", "bpsCode", "name");
			}
		}
		return list(model);
	}

	@PostMapping("/periods")
	String openPeriod(@RequestParam String code, RedirectAttributes redirect) {
		scopes.require(null, Permission.MANAGE_REGIONS);
		try {
			periodAdministration.open(code.strip());
		}
		catch (ErrorResponseException ex) {
			redirect.addFlashAttribute("periodError", ex);
		}
		return "redirect:/regions#periods";
	}

	@GetMapping("/{id}")
	String region(@PathVariable String id, Model model) {
		scopes.require(id, Permission.MANAGE_REGIONS);
		Region region = regions.require(id);
		if (!model.containsAttribute("regionForm")) {
			model.addAttribute("regionForm", new RegionRequest(id, region.getBpsCode(), region.getName(),
					region.getKind(), region.getProvince(), region.getTimeZone()));
		}
		if (!model.containsAttribute("agencyForm")) {
			model.addAttribute("agencyForm", new AgencyRequest(null, null));
		}
		model.addAttribute("region", region);
		model.addAttribute("agencies", agencies.findByRegionIdOrderByCodeAsc(id));
		model.addAttribute("changes", changes.of(id));
		return "regions/region";
	}

	@PostMapping("/{id}")
	String change(@PathVariable String id, @Valid @ModelAttribute("regionForm") RegionRequest form,
			BindingResult errors, Model model) {
		scopes.require(id, Permission.MANAGE_REGIONS);
		return act(errors, model, id, () -> administration.change(id, form), "bpsCode", "name");
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable String id) {
		scopes.require(id, Permission.MANAGE_REGIONS);
		administration.retire(id);
		return "redirect:/regions/" + id;
	}

	@PostMapping("/{id}/agencies")
	String addAgency(@PathVariable String id, @Valid @ModelAttribute("agencyForm") AgencyRequest form,
			BindingResult errors, Model model) {
		scopes.require(id, Permission.MANAGE_REGIONS);
		return act(errors, model, id, () -> administration.createAgency(id, form), "code", "name");
	}

	@PostMapping("/{id}/agencies/{code}")
	String renameAgency(@PathVariable String id, @PathVariable String code, @RequestParam String name) {
		scopes.require(id, Permission.MANAGE_REGIONS);
		administration.renameAgency(id, code, new AgencyRequest(code, name));
		return "redirect:/regions/" + id;
	}

	@PostMapping("/{id}/agencies/{code}/retire")
	String retireAgency(@PathVariable String id, @PathVariable String code) {
		scopes.require(id, Permission.MANAGE_REGIONS);
		administration.retireAgency(id, code);
		return "redirect:/regions/" + id;
	}

	/** Does it and goes back to the region, or shows the region page with the refusal on the form. */
	private String act(BindingResult errors, Model model, String id, Runnable action, String... fields) {
		if (!errors.hasErrors()) {
			try {
				action.run();
				return "redirect:/regions/" + id;
			}
			catch (ErrorResponseException ex) {
				FieldErrors.reject(errors, ex, fields);
			}
		}
		return region(id, model);
	}

}
