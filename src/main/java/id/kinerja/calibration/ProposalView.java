package id.kinerja.calibration;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.fact.Predikat;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A calibration proposal as the HR analyst sees it: per agency the spread and the curve findings before,
 * as proposed (every move made) and as accepted (only the accepted moves), and each move with the
 * original and calibrated predikat side by side. The curve is checked again by the region's rules.
 */
public record ProposalView(long id, long run, String region, String period, String runPolicyVersion,
		String policyVersion, String curveCheckedWith, String proposedBy, OffsetDateTime proposedAt, String ranking,
		List<AgencyView> agencies) {

	@Schema(name = "CalibrationAgency")
	public record AgencyView(String agency, String organisationRating, boolean curveMetWhenAllAccepted, int pending,
			Spread spread, Findings findings, List<MoveView> moves) {
	}

	/** Employees per predikat. */
	public record Spread(Map<Predikat, Integer> before, Map<Predikat, Integer> proposed, Map<Predikat, Integer> accepted) {
	}

	public record Findings(List<CurveOutcome> before, List<CurveOutcome> proposed, List<CurveOutcome> accepted) {
	}

	/**
	 * One proposed move: {@code calibratedPredikat} is the proposed one once accepted, the original otherwise;
	 * the original result of the run is never changed.
	 */
	public record MoveView(String agency, int step, String nip, String name, BigDecimal score, BigDecimal workScore,
			BigDecimal behaviourIndex, Predikat originalPredikat, Predikat proposedPredikat,
			Predikat calibratedPredikat, Decision decision, String decidedBy, OffsetDateTime decidedAt, String reason) {
	}

}
