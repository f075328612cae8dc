package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.authoring.PolicyVersions;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.fact.OrganisationRating;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays a past run: the run's facts read again and evaluated under the exact policy version that
 * produced it (compiled again from the archived files), compared employee by employee with the stored
 * results. Writes nothing. A difference means the data changed since, never the policy.
 */
@Service
class Replays {

	private static final int SHOWN = 50;

	private final PolicyVersions versions;

	private final AppraisalFacts facts;

	private final JdbcClient jdbc;

	Replays(PolicyVersions versions, AppraisalFacts facts, JdbcClient jdbc) {
		this.versions = versions;
		this.facts = facts;
		this.jdbc = jdbc;
	}

	record Difference(String nip, String stored, String replayed) {
	}

	record Replay(long run, String policyVersion, int employees, int identical, List<Difference> differences) {
	}

	@Transactional(readOnly = true)
	Replay replay(EvaluationRun run) {
		RunSummary summary = run.summary();
		long runId = run.getId();
		CompiledPolicy policy = versions.compiled(summary.region(), summary.policyVersion());
		Map<String, String> stored = stored(runId);
		int[] counts = new int[2];
		List<Difference> differences = new ArrayList<>();
		facts.load(summary.region(), summary.agency(), summary.period(), new BatchSink() {

			@Override
			public void batch(AgencyBatch batch) {
				for (EmployeeOutcome outcome : policy.evaluate(batch.agency(), batch.employees())) {
					String replayed = fingerprint(outcome.predikat() == null ? null : outcome.predikat().name(),
							outcome.score() == null ? null : BigDecimal.valueOf(outcome.score()),
							outcome.awards().stream().map(EmployeeOutcome.AwardOutcome::code).sorted().toList(),
							outcome.trainings().stream().map(EmployeeOutcome.TrainingOutcome::code).sorted().toList());
					String was = stored.remove(outcome.nip());
					counts[0]++;
					if (replayed.equals(was)) {
						counts[1]++;
					}
					else if (differences.size() < SHOWN) {
						differences.add(new Difference(outcome.nip(), was, replayed));
					}
				}
			}

			@Override
			public void agencyDone(String agency, OrganisationRating rating) {
				// the curve findings follow from the predikat compared above
			}

		});
		stored.forEach((nip, was) -> {
			if (differences.size() < SHOWN) {
				differences.add(new Difference(nip, was, null));
			}
		});
		return new Replay(runId, summary.policyVersion(), counts[0], counts[1], differences);
	}

	private Map<String, String> stored(long runId) {
		Map<String, List<String>> awards = codes(runId, OutcomeRows.AWARD);
		Map<String, List<String>> trainings = codes(runId, OutcomeRows.TRAINING);
		Map<String, String> stored = new HashMap<>();
		jdbc.sql("select nip, predikat, score from evaluation_result where run_id = ?")
			.param(runId)
			.query(rs -> {
				String nip = rs.getString(1);
				stored.put(nip, fingerprint(rs.getString(2), rs.getBigDecimal(3), awards.getOrDefault(nip, List.of()),
						trainings.getOrDefault(nip, List.of())));
			});
		return stored;
	}

	/** The codes of the run's awards, or trainings, per employee, sorted. */
	private Map<String, List<String>> codes(long runId, String kind) {
		Map<String, List<String>> codes = new HashMap<>();
		jdbc.sql("select nip, code from result_outcome where run_id = ? and kind = ? order by nip, code")
			.param(runId)
			.param(kind)
			.query(rs -> {
				codes.computeIfAbsent(rs.getString(1), nip -> new ArrayList<>()).add(rs.getString(2));
			});
		return codes;
	}

	private static String fingerprint(String predikat, BigDecimal score, List<String> awards, List<String> trainings) {
		String rounded = score == null ? "-" : score.setScale(4, RoundingMode.HALF_UP).toPlainString();
		return (predikat == null ? "-" : predikat) + " " + rounded + " " + awards + " " + trainings;
	}

}
