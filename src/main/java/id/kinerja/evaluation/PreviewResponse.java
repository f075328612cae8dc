package id.kinerja.evaluation;

import java.util.List;

import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.EmployeeOutcome;

/** What the policy concluded about the given employees, and the group's curve breaches. */
record PreviewResponse(String policyVersion, List<EmployeeOutcome> results, List<CurveOutcome> curveFindings) {
}
