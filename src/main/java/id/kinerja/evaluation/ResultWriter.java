package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.OrganisationRating;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes results with JDBC batches: an evaluation writes thousands of rows at once. */
@Component
class ResultWriter {

	private static final String INSERT_RESULT = """
			insert into evaluation_result (run_id, nip, name, agency_code, work_result_rating, behaviour_rating,
			    predikat, score, work_score, behaviour_index, angka_kredit, development_gap, awards, trainings,
			    fired_rules, warnings, part)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_FINDING = """
			insert into curve_finding (run_id, agency_code, organisation_rating, constraint_text, actual, limit_value,
			    rule_name, rule_file, rule_layer)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ResultWriter(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void results(long runId, List<Employee> employees, List<EmployeeOutcome> outcomes) {
		results(runId, null, employees, outcomes);
	}

	/** The results of one partition of a run ({@code part}), or of a run written whole (null). */
	void results(long runId, Integer part, List<Employee> employees, List<EmployeeOutcome> outcomes) {
		for (int from = 0; from < outcomes.size(); from += BATCH) {
			int offset = from;
			int size = Math.min(outcomes.size(), from + BATCH) - from;
			jdbc.batchUpdate(INSERT_RESULT, new BatchPreparedStatementSetter() {
				@Override
				public void setValues(PreparedStatement statement, int i) throws SQLException {
					bind(statement, runId, employees.get(offset + i), outcomes.get(offset + i));
					if (part == null) {
						statement.setNull(17, Types.INTEGER);
					}
					else {
						statement.setInt(17, part);
					}
				}

				@Override
				public int getBatchSize() {
					return size;
				}
			});
		}
		outcomeRows(runId, outcomes);
	}

	private void outcomeRows(long runId, List<EmployeeOutcome> outcomes) {
		List<Object[]> rows = new ArrayList<>();
		for (EmployeeOutcome outcome : outcomes) {
			outcome.awards().forEach(a -> rows.add(new Object[] { runId, outcome.nip(), OutcomeRows.AWARD, a.code(), a.name() }));
			outcome.trainings()
				.forEach(t -> rows.add(new Object[] { runId, outcome.nip(), OutcomeRows.TRAINING, t.code(), t.name() }));
		}
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(OutcomeRows.INSERT, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	private void bind(PreparedStatement statement, long runId, Employee employee, EmployeeOutcome outcome)
			throws SQLException {
		statement.setLong(1, runId);
		statement.setString(2, outcome.nip());
		statement.setString(3, employee.name());
		statement.setString(4, employee.agency());
		statement.setString(5, name(outcome.workResultRating()));
		statement.setString(6, name(outcome.behaviourRating()));
		statement.setString(7, name(outcome.predikat()));
		decimal(statement, 8, outcome.score());
		decimal(statement, 9, outcome.workScore());
		decimal(statement, 10, outcome.behaviourIndex());
		decimal(statement, 11, outcome.angkaKredit());
		decimal(statement, 12, outcome.developmentGap());
		statement.setString(13, json.writeValueAsString(outcome.awards()));
		statement.setString(14, json.writeValueAsString(outcome.trainings()));
		statement.setString(15, json.writeValueAsString(outcome.firedRules()));
		statement.setString(16, json.writeValueAsString(outcome.warnings()));
	}

	void findings(long runId, OrganisationRating rating, List<CurveOutcome> findings) {
		jdbc.batchUpdate(INSERT_FINDING, findings, findings.size(), (statement, finding) -> {
			statement.setLong(1, runId);
			statement.setString(2, finding.agency());
			statement.setString(3, rating.name());
			statement.setString(4, finding.constraint());
			statement.setBigDecimal(5, BigDecimal.valueOf(finding.actual()));
			statement.setBigDecimal(6, BigDecimal.valueOf(finding.limit()));
			statement.setString(7, finding.rule().rule());
			statement.setString(8, finding.rule().file());
			statement.setString(9, finding.rule().layer().name());
		});
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static void decimal(PreparedStatement statement, int index, Double value) throws SQLException {
		if (value == null || value.isNaN() || value.isInfinite()) {
			statement.setNull(index, Types.NUMERIC);
		}
		else {
			statement.setBigDecimal(index, BigDecimal.valueOf(value));
		}
	}

}
