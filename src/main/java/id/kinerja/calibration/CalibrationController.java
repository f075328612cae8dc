package id.kinerja.calibration;

import java.util.List;

import id.kinerja.system.Refuses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Calibration", description = "Calibration against the distribution curve: proposals by a documented "
		+ "ranking, decided move by move by an HR analyst; the original results are never rewritten")
class CalibrationController {

	private final Calibrations calibrations;

	CalibrationController(Calibrations calibrations) {
		this.calibrations = calibrations;
	}

	@PostMapping("/evaluations/{id}/calibrations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "proposeCalibration",
			summary = "Propose a calibration of every agency of the run that breaks the curve (or of one agency)")
	@Refuses(status = 409, when = "The agency has a proposal for this run already")
	@Refuses(status = 422, when = "The agency meets its curve: nothing to calibrate")
	ProposalView propose(@PathVariable long id,
			@Parameter(description = "one agency of the run") @RequestParam(required = false) String agency) {
		return calibrations.propose(id, agency == null || agency.isBlank() ? null : agency.strip());
	}

	@GetMapping("/evaluations/{id}/calibrations")
	@Operation(operationId = "listCalibrations",
			summary = "The calibration proposals of a run, original and calibrated predikat side by side")
	List<ProposalView> ofRun(@PathVariable long id) {
		return calibrations.ofRun(id);
	}

	@GetMapping("/calibrations/{proposalId}")
	@Operation(operationId = "getCalibration",
			summary = "One proposal: spread and curve findings before, proposed and accepted; every move")
	ProposalView proposal(@PathVariable long proposalId) {
		return calibrations.view(proposalId);
	}

	@PostMapping("/calibrations/{proposalId}/moves/{nip}/accept")
	@Operation(operationId = "acceptMove", summary = "Accept one proposed move, with the reason (recorded and audited)")
	@Refuses(status = 409, when = "The move was decided already")
	ProposalView accept(@PathVariable long proposalId, @PathVariable String nip,
			@Valid @RequestBody DecisionRequest request) {
		return calibrations.decide(proposalId, nip, Decision.ACCEPTED, request.reason());
	}

	@PostMapping("/calibrations/{proposalId}/moves/{nip}/reject")
	@Operation(operationId = "rejectMove", summary = "Reject one proposed move, with the reason (recorded and audited)")
	@Refuses(status = 409, when = "The move was decided already")
	ProposalView reject(@PathVariable long proposalId, @PathVariable String nip,
			@Valid @RequestBody DecisionRequest request) {
		return calibrations.decide(proposalId, nip, Decision.REJECTED, request.reason());
	}

}
