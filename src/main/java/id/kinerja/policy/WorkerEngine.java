package id.kinerja.policy;

import java.util.List;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Parameter;
import id.kinerja.policy.fact.PredikatDistribution;

/** A draft's scope whose rules run in the sandbox worker that compiled it; the app only sends facts. */
final class WorkerEngine implements ScopeEngine {

	private final DraftLease lease;

	private final String agency;

	WorkerEngine(DraftLease lease, String agency) {
		this.lease = lease;
		this.agency = agency;
	}

	@Override
	public List<EmployeeOutcome> evaluate(List<Employee> employees, List<Parameter> parameters,
			EngineSettings settings) {
		if (employees.isEmpty()) {
			return List.of();
		}
		return lease.call(id -> SandboxCall.evaluate(id, lease.key(), agency, parameters, employees)).outcomes();
	}

	@Override
	public List<CurveOutcome> checkCurve(PredikatDistribution distribution, List<Parameter> parameters,
			EngineSettings settings) {
		return lease.call(id -> SandboxCall.curve(id, lease.key(), agency, parameters, distribution)).findings();
	}

}
