package id.kinerja.calibration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.kinerja.evaluation.OfficialResults;
import id.kinerja.evaluation.OfficialRun;
import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.calibration.CalibrationStore.ProposalRow;
import id.kinerja.calibration.ProposalView.AgencyView;
import id.kinerja.calibration.ProposalView.Findings;
import id.kinerja.calibration.ProposalView.MoveView;
import id.kinerja.calibration.ProposalView.Spread;
import id.kinerja.authoring.PolicyVersions;
import id.kinerja.system.PageOf;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.system.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes calibrations of a run's agencies that break the curve, records the HR analyst's decision on each
 * move (and audits it), and shows a proposal with the spread before, proposed and accepted. The run's
 * results are only read: a calibrated predikat lives beside the original, never over it.
 */
@Service
public class Calibrations {

	private final CalibrationStore store;

	private final OfficialResults official;

	private final PolicyVersions versions;

	private final RegionAccess access;

	private final AuditLog audit;

	Calibrations(CalibrationStore store, OfficialResults official, PolicyVersions versions, RegionAccess access, AuditLog audit) {
		this.store = store;
		this.official = official;
		this.versions = versions;
		this.access = access;
		this.audit = audit;
	}

	/** Proposes a calibration of every agency of the run that breaks the curve, or of the one named. */
	@Transactional
	public ProposalView propose(long runId, String agency) {
		OfficialRun run = run(runId, Permission.RUN_EVALUATION);
		Map<String, String> broken = brokenAgencies(run, agency);
		CompiledPolicy policy = policy(run);
		long proposal = store.insertProposal(run.id(), policy.version());
		List<String> summary = new ArrayList<>();
		broken.forEach((code, rating) -> summary.add(proposeFor(run, proposal, policy, code, rating)));
		audit.record(AuditAction.CALIBRATION_PROPOSED, run.region(), "run " + run.id(), AuditOutcome.SUCCESS,
				"proposal " + proposal + ": " + String.join("; ", summary));
		return view(store.proposal(proposal).orElseThrow(), run);
	}

	private Map<String, String> brokenAgencies(OfficialRun run, String agency) {
		if (agency != null && !store.hasAgency(run.id(), agency)) {
			throw Refusal.notFound("agency", agency);
		}
		Map<String, String> broken = store.brokenAgencies(run.id(), agency);
		if (broken.isEmpty()) {
			throw agency == null ? NothingToCalibrate.noBreach(run.id())
					: NothingToCalibrate.curveMet(agency, run.id());
		}
		broken.keySet().forEach(code -> store.proposalOf(run.id(), code).ifPresent(existing -> {
			throw new AlreadyProposed(code, existing);
		}));
		return broken;
	}

	private String proposeFor(OfficialRun run, long proposal, CompiledPolicy policy, String agency, String rating) {
		Plan plan = Calibrator.plan(store.candidates(run.id(), agency), curve(policy, agency, rating));
		store.insertAgency(proposal, run.id(), agency, rating, plan.moves());
		return agency + " " + plan.moves().size() + " pindah, kurva " + (plan.curveMet() ? "terpenuhi" : "tidak terpenuhi");
	}

	/** Accepts or rejects one move, with the reason; a decision stands once made. */
	@Transactional
	public ProposalView decide(long proposalId, String nip, Decision decision, String reason) {
		ProposalRow proposal = proposal(proposalId);
		OfficialRun run = runOf(proposal, Permission.RUN_EVALUATION);
		MoveView move = store.move(proposal, nip).orElseThrow(() -> Refusal.notFound("nip", nip));
		if (!store.decide(proposal.id(), move.nip(), decision, reason.strip())) {
			throw new MoveAlreadyDecided(nip, store.move(proposal, nip).orElseThrow().decision());
		}
		audit.record(decision == Decision.ACCEPTED ? AuditAction.CALIBRATION_ACCEPTED : AuditAction.CALIBRATION_REJECTED,
				run.region(), "proposal " + proposal.id() + " nip " + move.nip(), AuditOutcome.SUCCESS,
				move.agency() + ": " + move.originalPredikat() + " -> " + move.proposedPredikat() + "; alasan: "
						+ reason.strip());
		return view(proposal, run);
	}

	@Transactional(readOnly = true)
	public ProposalView view(long proposalId) {
		ProposalRow proposal = proposal(proposalId);
		return view(proposal, runOf(proposal, Permission.READ_RESULTS));
	}

	/** One page of an agency's moves in the order asked; the database sorts and pages. */
	@Transactional(readOnly = true)
	public PageOf<MoveView> moves(long proposalId, String agency, MoveSort sort, boolean descending, int page,
			int size) {
		ProposalRow proposal = proposal(proposalId);
		runOf(proposal, Permission.READ_RESULTS);
		return store.moves(proposal, agency, sort, descending, page, size);
	}

	@Transactional(readOnly = true)
	public List<ProposalView> ofRun(long runId) {
		OfficialRun run = run(runId, Permission.READ_RESULTS);
		return store.proposalsOf(run.id()).stream().map(proposal -> view(proposal, run)).toList();
	}

	/**
	 * The calibrated predikat of each employee of the run (by NIP) whose move was accepted, for the official
	 * documents to show beside the original; an employee without an accepted move is not in it.
	 */
	@Transactional(readOnly = true)
	public Map<String, Predikat> accepted(long runId) {
		return store.accepted(run(runId, Permission.READ_RESULTS).id());
	}

	private ProposalView view(ProposalRow proposal, OfficialRun run) {
		CompiledPolicy policy = policy(run);
		List<MoveView> moves = store.moves(proposal);
		List<AgencyView> agencies = new ArrayList<>();
		store.agencies(proposal.id()).forEach((agency, rating) -> agencies.add(agencyView(run, policy, agency,
				rating, moves.stream().filter(move -> move.agency().equals(agency)).toList())));
		return new ProposalView(proposal.id(), run.id(), run.region(), run.period(), run.policyVersion(),
				proposal.policyVersion(), policy.version(), proposal.proposedBy(), proposal.proposedAt(),
				Candidate.RANKING_TEXT, agencies);
	}

	private AgencyView agencyView(OfficialRun run, CompiledPolicy policy, String agency, String rating,
			List<MoveView> moves) {
		Curve curve = curve(policy, agency, rating);
		Map<Predikat, Integer> before = store.spread(run.id(), agency);
		Map<Predikat, Integer> proposed = shift(before, moves);
		Map<Predikat, Integer> accepted = shift(before,
				moves.stream().filter(move -> move.decision() == Decision.ACCEPTED).toList());
		List<CurveOutcome> proposedFindings = curve.check(proposed);
		int pending = (int) moves.stream().filter(move -> move.decision() == null).count();
		return new AgencyView(agency, rating, proposedFindings.isEmpty(), pending,
				new Spread(before, proposed, accepted),
				new Findings(curve.check(before), proposedFindings, curve.check(accepted)), moves);
	}

	private static Map<Predikat, Integer> shift(Map<Predikat, Integer> spread, List<MoveView> moves) {
		Map<Predikat, Integer> shifted = new EnumMap<>(spread);
		for (MoveView move : moves) {
			shifted.merge(move.originalPredikat(), -1, Integer::sum);
			shifted.merge(move.proposedPredikat(), 1, Integer::sum);
		}
		return shifted;
	}

	private static Curve curve(CompiledPolicy policy, String agency, String rating) {
		OrganisationRating organisationRating = OrganisationRating.valueOf(rating);
		return counts -> policy.checkCurve(agency, organisationRating, counts);
	}

	/** The curve is checked by the exact policy version the run used, compiled again if it changed since. */
	private CompiledPolicy policy(OfficialRun run) {
		return versions.compiled(run.region(), run.policyVersion());
	}

	private OfficialRun run(long id, Permission permission) {
		return run(id, permission, () -> Refusal.notFound("run", id));
	}

	/** The run, when the user may read its results (else it is {@code unknown}) and holds the permission. */
	private OfficialRun run(long id, Permission permission, Supplier<Refusal> unknown) {
		OfficialRun run = official.run(id).orElseThrow(unknown);
		access.requireVisible(run.region(), Permission.READ_RESULTS, unknown);
		access.require(run.region(), permission);
		return run;
	}

	/** A proposal of a run whose region the user may not read answers as an unknown proposal. */
	private OfficialRun runOf(ProposalRow proposal, Permission permission) {
		return run(proposal.run(), permission, () -> Refusal.notFound("proposal", proposal.id()));
	}

	private ProposalRow proposal(long id) {
		return store.proposal(id).orElseThrow(() -> Refusal.notFound("proposal", id));
	}

}
