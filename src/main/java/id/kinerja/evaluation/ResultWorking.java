package id.kinerja.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.policy.ParameterDefinition;
import id.kinerja.policy.fact.AssessorScore;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.OrganisationRating;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The working behind a result page: each indicator's achievement and weight, and each kind of assessor's
 * mean score with its weight, from the employee's appraisal data for the run's period and the parameter
 * values the result's rules read.
 */
@Component
class ResultWorking {

	private final AppraisalFacts facts;

	private final JdbcClient jdbc;

	ResultWorking(AppraisalFacts facts, JdbcClient jdbc) {
		this.facts = facts;
		this.jdbc = jdbc;
	}

	/** One indicator line: its achievement in percent as the result's parameters count it. */
	record IndicatorLine(String code, double weight, double target, double realisation, boolean higherIsBetter,
			double achievement) {
	}

	/** One kind of assessor: the mean of their scores and the weight the policy gives them. */
	record AssessorLine(String assessor, double mean, int count, Double weight) {
	}

	record Working(List<IndicatorLine> indicators, List<AssessorLine> assessors) {

		public boolean isEmpty() {
			return indicators.isEmpty() && assessors.isEmpty();
		}

	}

	Working of(RunSummary run, EmployeeResult result) {
		Employee employee = employee(run, result);
		if (employee == null) {
			return new Working(List.of(), List.of());
		}
		Map<String, Double> read = result.parameters()
			.stream()
			.collect(Collectors.toMap(ParameterDefinition::name, ParameterDefinition::value));
		List<IndicatorLine> indicators = new ArrayList<>();
		for (Indicator in : employee.indicators()) {
			indicators.add(new IndicatorLine(in.code(), in.weight(), in.target(), in.realisation(), in.higherIsBetter(),
					in.achievement(read.getOrDefault("capaian.maksimum", Double.POSITIVE_INFINITY),
							read.getOrDefault("capaian.target-nol.potongan", 0.0),
							read.getOrDefault("capaian.rumus-8-2021", 0.0) == 1)));
		}
		Function<AssessorScore, Double> weight = s -> read.get("perilaku.bobot." + switch (s.assessor()) {
			case SELF -> "diri";
			case SUPERVISOR -> "atasan";
			case PEER -> "rekan";
			case SUBORDINATE -> "bawahan";
		});
		List<AssessorLine> assessors = employee.assessors()
			.stream()
			.map(s -> new AssessorLine(s.assessor().name(), s.mean(), s.count(), weight.apply(s)))
			.toList();
		return new Working(indicators, assessors);
	}

	/** The employee's facts for the run's period, read as a partition of one employee. */
	private Employee employee(RunSummary run, EmployeeResult result) {
		Long id = jdbc.sql("select id from employee where nip = ?").param(result.nip()).query(Long.class).optional()
			.orElse(null);
		if (id == null) {
			return null;
		}
		List<Employee> found = new ArrayList<>(1);
		facts.load(run.region(), result.agency(), run.period(), id, id, new BatchSink() {

			@Override
			public void batch(AgencyBatch batch) {
				found.addAll(batch.employees());
			}

			@Override
			public void agencyDone(String agency, OrganisationRating rating) {
				// one employee: nothing to wait for
			}

		});
		return found.isEmpty() ? null : found.get(0);
	}

}
