package id.kinerja.calibration;

import java.util.List;
import java.util.Map;

import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.fact.Predikat;

/** The curve rules of one agency's policy and organisation rating, asked about a spread of predikat. */
@FunctionalInterface
interface Curve {

	List<CurveOutcome> check(Map<Predikat, Integer> counts);

	/** How far a spread is from the curve: each finding's gap in percentage points, plus one per finding. */
	static double distance(List<CurveOutcome> findings) {
		return findings.stream().mapToDouble(finding -> Math.abs(finding.actual() - finding.limit()) + 1).sum();
	}

}
