package id.kinerja.administration;

import id.kinerja.staff.Scopes;
import id.kinerja.system.PageController;
import id.kinerja.system.TableQuery;
import java.time.LocalDate;

import id.kinerja.access.Permission;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.audit.AuditSearch;
import id.kinerja.audit.AuditSort;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit log, filtered and paged on the server; a policy officer sees only the events of its regions. */
@PageController
@RequestMapping("/audit")
class AuditPages {

	private static final int PAGE_SIZE = 50;

	private final AuditSearch search;

	private final Scopes scopes;

	AuditPages(AuditSearch search, Scopes scopes) {
		this.search = search;
		this.scopes = scopes;
	}

	/**
	 * The filters as typed; a day that is not a date is shown again with its error. The order and page are a
	 * {@link TableQuery}'s.
	 */
	record AuditQuery(String actor, AuditAction action, String region, AuditOutcome outcome,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

		AuditSearch.Criteria criteria() {
			return new AuditSearch.Criteria(TableQuery.blankToNull(actor), action, TableQuery.blankToNull(region),
					outcome, from, to);
		}

	}

	@GetMapping
	String log(@ModelAttribute("query") AuditQuery query, BindingResult errors, HttpServletRequest request,
			Model model) {
		TableQuery<AuditSort> table = TableQuery.of(request, "/audit", AuditSort.TIME, true);
		model.addAttribute("eventsTable", table);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("outcomes", AuditOutcome.values());
		model.addAttribute("regions", scopes.regions(Permission.READ_AUDIT));
		if (errors.hasErrors()) {
			return "audit";
		}
		try {
			model.addAttribute("events", search.page(query.criteria(), table.sort(), table.descending(), table.page(),
					PAGE_SIZE));
		}
		catch (ErrorResponseException ex) {
			if (ex.getStatusCode().value() == 403) {
				throw ex;
			}
			errors.rejectValue("to", "audit.reversed");
		}
		return "audit";
	}

}
