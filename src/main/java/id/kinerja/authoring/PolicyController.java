package id.kinerja.authoring;

import java.util.List;

import id.kinerja.policy.Validation;
import id.kinerja.system.Refuses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/policies/{region}")
@Tag(name = "Policies", description = "A region's policy: files, validation, publishing, approval, versions, rollback")
class PolicyController {

	private final PolicyAuthoring authoring;

	private final PolicyHistory history;

	PolicyController(PolicyAuthoring authoring, PolicyHistory history) {
		this.authoring = authoring;
		this.history = history;
	}

	@GetMapping
	@Operation(operationId = "getPolicy",
			summary = "The active policy: version, files by layer, parameters, whether publishing needs approval")
	PolicyHistory.Overview overview(@PathVariable String region) {
		return history.overview(region);
	}

	@GetMapping("/file")
	@Operation(operationId = "getPolicyFile", summary = "The active content of one file, by its repository path")
	PolicyHistory.FileContent file(@PathVariable String region, @RequestParam String path) {
		return history.file(region, path);
	}

	@PostMapping("/validate")
	@Operation(operationId = "validateDraft",
			summary = "Validate a draft (writes nothing): problems with file, line and message, and failing cases")
	Validation validate(@PathVariable String region, @Valid @RequestBody PolicyRequests.Draft draft) {
		return authoring.validate(region, draft.files());
	}

	@PostMapping("/publish")
	@Operation(operationId = "publishDraft",
			summary = "Publish a draft that validates: active at once (201), or waiting for a second officer (202)")
	@ApiResponse(responseCode = "201", description = "Published: the new version",
			content = @Content(schema = @Schema(implementation = ReleaseView.class)))
	@ApiResponse(responseCode = "202", description = "Submitted: it waits for a second officer",
			content = @Content(schema = @Schema(implementation = ChangeView.class)))
	ResponseEntity<Object> publish(@PathVariable String region, @Valid @RequestBody PolicyRequests.Publish draft) {
		return respond(authoring.publish(region, draft.files(), draft.comment()));
	}

	@GetMapping("/changes")
	@Operation(operationId = "listChanges", summary = "Drafts submitted for approval, newest first")
	List<ChangeView> changes(@PathVariable String region) {
		return history.changes(region);
	}

	@GetMapping("/changes/{id}")
	@Operation(operationId = "getChange",
			summary = "A change submitted for approval: its files, author, state and decision")
	ChangeView change(@PathVariable String region, @PathVariable long id) {
		return history.change(region, id);
	}

	@PostMapping("/changes/{id}/approve")
	@Operation(operationId = "approveChange",
			summary = "Approve another officer's change: it is validated again and published")
	@ApiResponse(responseCode = "201", description = "Published: the new version")
	@Refuses(status = 409, when = "The change was decided already")
	ResponseEntity<ReleaseView> approve(@PathVariable String region, @PathVariable long id,
			@Valid @RequestBody PolicyRequests.Decision decision) {
		return ResponseEntity.status(HttpStatus.CREATED).body(authoring.approve(region, id, decision.comment()));
	}

	@PostMapping("/changes/{id}/reject")
	@Operation(operationId = "rejectChange",
			summary = "Reject another officer's change, with a comment; nothing is published")
	@Refuses(status = 409, when = "The change was decided already")
	ChangeView reject(@PathVariable String region, @PathVariable long id,
			@Valid @RequestBody PolicyRequests.Decision decision) {
		return authoring.reject(region, id, decision.comment());
	}

	@GetMapping("/releases")
	@Operation(operationId = "listReleases", summary = "Every version that was active, newest first")
	List<ReleaseView> releases(@PathVariable String region) {
		return history.releases(region);
	}

	@GetMapping("/releases/{id}")
	@Operation(operationId = "getRelease",
			summary = "One version that was active: who published it, when, why and its files")
	ReleaseView release(@PathVariable String region, @PathVariable long id) {
		return history.release(region, id);
	}

	@PostMapping("/rollback")
	@Operation(operationId = "rollBack",
			summary = "Make an earlier version's region and agency files active again, as a new version (201),"
			+ " or submit that for a second officer's approval where the region asks for one (202)")
	@ApiResponse(responseCode = "201", description = "Rolled back: the new version",
			content = @Content(schema = @Schema(implementation = ReleaseView.class)))
	@ApiResponse(responseCode = "202", description = "Submitted: it waits for a second officer",
			content = @Content(schema = @Schema(implementation = ChangeView.class)))
	ResponseEntity<Object> rollback(@PathVariable String region, @Valid @RequestBody PolicyRequests.Rollback rollback) {
		return respond(authoring.rollback(region, rollback.release(), rollback.comment()));
	}

	private static ResponseEntity<Object> respond(PolicyAuthoring.Published published) {
		return published.release() != null ? ResponseEntity.status(HttpStatus.CREATED).body(published.release())
				: ResponseEntity.status(HttpStatus.ACCEPTED).body(published.pending());
	}

	@GetMapping("/history")
	@Operation(operationId = "getFileHistory", summary = "Every version of one file, newest first")
	List<FileVersionView> fileHistory(@PathVariable String region, @RequestParam String path) {
		return history.history(region, path);
	}

	@GetMapping("/diff")
	@Operation(operationId = "getDiff", summary = "Unified diff between two versions of one file")
	PolicyHistory.Diff diff(@PathVariable String region, @RequestParam long from, @RequestParam long to) {
		return history.diff(region, from, to);
	}

	@PutMapping("/settings")
	@Operation(operationId = "updatePolicySettings",
			summary = "Whether a published draft waits for a second officer of the region (administrators)")
	PolicyRequests.Settings settings(@PathVariable String region,
			@Valid @RequestBody PolicyRequests.Settings settings) {
		authoring.requireApproval(region, settings.approvalRequired());
		return settings;
	}

}
