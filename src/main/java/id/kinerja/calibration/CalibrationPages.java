package id.kinerja.calibration;

import id.kinerja.staff.Scopes;
import id.kinerja.system.FieldErrors;
import id.kinerja.system.PageController;
import id.kinerja.system.TableQuery;
import java.util.Locale;

import id.kinerja.access.Permission;
import id.kinerja.calibration.ProposalView.AgencyView;
import id.kinerja.calibration.ProposalView.MoveView;
import id.kinerja.system.PageOf;
import id.kinerja.evaluation.EvaluationResults;
import id.kinerja.evaluation.RunDetail;
import id.kinerja.policy.fact.Predikat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import static id.kinerja.system.TableQuery.blankToNull;

/**
 * An HR analyst's calibration pages: propose from a run, then per agency the spread before, proposed and
 * accepted with the curve findings, and each move accepted or rejected with a reason.
 */
@PageController
class CalibrationPages {

	private final Calibrations calibrations;

	private final EvaluationResults results;

	private final Scopes scopes;

	private final MessageSource messages;

	CalibrationPages(Calibrations calibrations, EvaluationResults results, Scopes scopes, MessageSource messages) {
		this.calibrations = calibrations;
		this.results = results;
		this.scopes = scopes;
		this.messages = messages;
	}

	/** Accepting or rejecting one move; the reason is required, as the API's. */
	record MoveDecision(@NotBlank @Size(max = 1000) String reason,
			@NotBlank @Pattern(regexp = "accept|reject") String decision) {
	}

	@GetMapping("/evaluations/{id}/calibrations")
	String ofRun(@PathVariable long id, Model model) {
		RunDetail detail = results.detail(id);
		model.addAttribute("run", detail.run());
		model.addAttribute("agencies", detail.distribution().keySet());
		model.addAttribute("proposals", calibrations.ofRun(id));
		model.addAttribute("canPropose", scopes.allows(detail.run().region(), Permission.RUN_EVALUATION));
		return "evaluation/calibrations";
	}

	@PostMapping("/evaluations/{id}/calibrations")
	String propose(@PathVariable long id, @RequestParam(required = false) String agency, Model model) {
		try {
			return "redirect:/calibrations/" + calibrations.propose(id, blankToNull(agency)).id();
		}
		catch (ErrorResponseException ex) {
			refusedOnly(ex);
			model.addAttribute("refusal", FieldErrors.text(ex, messages));
			model.addAttribute("agency", agency);
			return ofRun(id, model);
		}
	}

	/** An agency of a proposal with a page of its moves in the order asked. */
	record AgencyMoves(AgencyView agency, TableQuery<MoveSort> movesTable, PageOf<MoveView> moves) {
	}

	@GetMapping("/calibrations/{proposal}")
	String proposal(@PathVariable long proposal, HttpServletRequest request, Model model) {
		ProposalView view = calibrations.view(proposal);
		model.addAttribute("proposal", view);
		model.addAttribute("agencies", view.agencies().stream().map(agency -> moves(view, agency, request)).toList());
		// a decision returns to the moves in the order and at the page they were shown
		model.addAttribute("shown", request.getQueryString() == null ? "" : "?" + request.getQueryString());
		model.addAttribute("predikats", Predikat.values());
		model.addAttribute("canDecide", scopes.allows(view.region(), Permission.RUN_EVALUATION));
		return "evaluation/calibration";
	}

	@PostMapping("/calibrations/{proposal}/moves/{nip}")
	String decide(@PathVariable long proposal, @PathVariable String nip,
			@Valid @ModelAttribute("moveDecision") MoveDecision form, BindingResult errors, HttpServletRequest request,
			Model model, Locale locale) {
		if (!errors.hasErrors()) {
			try {
				calibrations.decide(proposal, nip, "accept".equals(form.decision()) ? Decision.ACCEPTED
						: Decision.REJECTED, form.reason());
				return "redirect:" + UriComponentsBuilder.fromPath("/calibrations/" + proposal)
					.query(request.getQueryString()).fragment("move-" + nip).build().toUriString();
			}
			catch (ErrorResponseException ex) {
				refusedOnly(ex);
				FieldErrors.reject(errors, ex, "reason");
			}
		}
		model.addAttribute("failedNip", nip);
		model.addAttribute("failure", messages.getMessage(errors.getAllErrors().get(0), locale));
		return proposal(proposal, request, model);
	}

	/** Each agency's moves page and sort on their own: their parameters begin with the agency's code. */
	private AgencyMoves moves(ProposalView proposal, AgencyView agency, HttpServletRequest request) {
		TableQuery<MoveSort> table = TableQuery.of(request, "/calibrations/" + proposal.id(), agency.agency() + ".",
				"moves-" + agency.agency(), MoveSort.STEP, false);
		return new AgencyMoves(agency, table, calibrations.moves(proposal.id(), agency.agency(), table.sort(),
				table.descending(), table.page(), TableQuery.PAGE_SIZE));
	}

	/** A refusal of what was asked (409, 422) is shown on the form; 403 and 404 are the error page's. */
	private static void refusedOnly(ErrorResponseException ex) {
		if (ex.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN) || ex.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
			throw ex;
		}
	}

}
