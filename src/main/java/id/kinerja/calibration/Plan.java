package id.kinerja.calibration;

import java.util.List;
import java.util.Map;

import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.fact.Predikat;

/**
 * A proposed calibration of one agency: the spread and findings before, the moves in the order chosen,
 * and the spread and findings once all of them are made (empty findings: the curve is met).
 */
record Plan(Map<Predikat, Integer> before, List<CurveOutcome> findingsBefore, List<Move> moves,
		Map<Predikat, Integer> after, List<CurveOutcome> findingsAfter) {

	boolean curveMet() {
		return findingsAfter.isEmpty();
	}

	/** One employee moved one predikat down; the employees of one chain share a step. */
	record Move(int step, Candidate employee, Predikat to) {
	}

}
