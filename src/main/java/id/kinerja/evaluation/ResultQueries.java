package id.kinerja.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.policy.FiredRule;
import id.kinerja.system.PageOf;
import id.kinerja.system.SqlOrder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads stored results, paged and filtered in SQL. */
@Component
class ResultQueries {

	private static final String COLUMNS = """
			nip, name, agency_code, work_result_rating, behaviour_rating, predikat, score, work_score,
			behaviour_index, angka_kredit, development_gap, awards, trainings, fired_rules, warnings""";

	private static final String FILTER = """
			 from evaluation_result where run_id = :run
			 and (cast(:agency as varchar(40)) is null or agency_code = :agency)
			 and (cast(:predikat as varchar(20)) is null or predikat = :predikat)
			""" + " and (cast(:award as varchar(100)) is null or " + OutcomeRows.holding(OutcomeRows.AWARD) + ")"
			+ " and (cast(:training as varchar(100)) is null or " + OutcomeRows.holding(OutcomeRows.TRAINING) + ")";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ResultQueries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	PageOf<EmployeeResult> page(long runId, String agency, String predikat, int page, int size) {
		return page(runId, new EvaluationResults.Filter(agency, predikat), ResultSort.AGENCY, false, page, size);
	}

	PageOf<EmployeeResult> page(long runId, EvaluationResults.Filter filter, ResultSort sort, boolean descending,
			int page, int size) {
		long total = filtered(jdbc.sql("select count(*) " + FILTER), runId, filter).query(Long.class).single();
		List<EmployeeResult> content = filtered(jdbc
			.sql("select " + COLUMNS + " " + FILTER + " order by " + SqlOrder.of(sort.columns, descending, "")
					+ " offset :offset rows fetch next :size rows only"), runId, filter)
			.param("offset", (long) page * size)
			.param("size", size)
			.query(this::result)
			.list();
		return PageOf.of(content, page, size, total);
	}

	private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, long runId,
			EvaluationResults.Filter filter) {
		return statement.param("run", runId)
			.param("agency", filter.agency())
			.param("predikat", filter.predikat())
			.param("award", filter.award())
			.param("training", filter.training());
	}

	/** The codes and names of the awards, or of the trainings, the run's results hold. */
	Map<String, String> outcomes(long runId, boolean awards) {
		Map<String, String> names = new TreeMap<>();
		jdbc.sql("select code, min(name) from result_outcome where run_id = :run and kind = :kind group by code")
			.param("run", runId)
			.param("kind", awards ? OutcomeRows.AWARD : OutcomeRows.TRAINING)
			.query((ResultSet rs) -> {
				names.put(rs.getString(1), rs.getString(2));
			});
		return names;
	}

	Optional<EmployeeResult> one(long runId, String nip) {
		return jdbc.sql("select " + COLUMNS + " from evaluation_result where run_id = :run and nip = :nip")
			.param("run", runId)
			.param("nip", nip)
			.query(this::result)
			.optional();
	}

	/** The assessing official's feedback to the employee for the period, kept with the appraisal data. */
	Optional<String> feedback(String region, String nip, String period) {
		return jdbc.sql("""
				select r.feedback from official_rating r join employee e on e.id = r.employee_id
				join agency a on a.id = e.agency_id
				where a.region_id = :region and e.nip = :nip and r.period_code = :period and r.feedback is not null""")
			.param("region", region)
			.param("nip", nip)
			.param("period", period)
			.query(String.class)
			.optional();
	}

	Map<String, Map<String, Long>> distribution(long runId) {
		Map<String, Map<String, Long>> distribution = new TreeMap<>();
		jdbc.sql("""
				select agency_code, coalesce(predikat, 'TANPA_PREDIKAT') as predikat, count(*) as total
				from evaluation_result where run_id = :run group by agency_code, predikat""")
			.param("run", runId)
			.query((ResultSet rs) -> {
				distribution.computeIfAbsent(rs.getString(1), a -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
			});
		return distribution;
	}

	List<StoredFinding> findings(long runId) {
		return jdbc.sql("""
				select agency_code, organisation_rating, constraint_text, actual, limit_value, rule_name, rule_file,
				       rule_layer
				from curve_finding where run_id = :run order by agency_code, id""")
			.param("run", runId)
			.query((rs, row) -> new StoredFinding(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	private EmployeeResult result(ResultSet rs, int row) throws SQLException {
		return new EmployeeResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
				rs.getBigDecimal(11), read(rs.getString(12), AWARDS), read(rs.getString(13), TRAININGS),
				read(rs.getString(14), RULES), read(rs.getString(15), WARNINGS), List.of(), null);
	}

	private <T> List<T> read(String text, TypeReference<List<T>> type) {
		return new ArrayList<>(json.readValue(text, type));
	}

	private static final TypeReference<List<AwardOutcome>> AWARDS = new TypeReference<>() {
	};

	private static final TypeReference<List<TrainingOutcome>> TRAININGS = new TypeReference<>() {
	};

	private static final TypeReference<List<FiredRule>> RULES = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() {
	};

}
