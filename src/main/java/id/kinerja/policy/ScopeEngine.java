package id.kinerja.policy;

import java.util.List;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Parameter;
import id.kinerja.policy.fact.PredikatDistribution;

/**
 * Where one scope's rules run: in this process ({@link LocalEngine}, for published policies) or in a
 * sandbox worker process ({@link WorkerEngine}, for drafts).
 */
interface ScopeEngine {

	/** Outcomes of the employees, in their order. */
	List<EmployeeOutcome> evaluate(List<Employee> employees, List<Parameter> parameters, EngineSettings settings);

	/** Curve findings of one agency's spread of predikat. */
	List<CurveOutcome> checkCurve(PredikatDistribution distribution, List<Parameter> parameters,
			EngineSettings settings);

}
