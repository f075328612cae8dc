package id.kinerja.recommendation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads an official run's stored results: the recommendations follow from them, not from a new evaluation. */
@Component
class StoredResults {

	private static final String COLUMNS = """
			select nip, name, agency_code, predikat, score, work_score, behaviour_index, development_gap, awards,
			       trainings
			""";

	private static final String OF_RUN = """
			from evaluation_result where run_id = :run
			and (cast(:agency as varchar(40)) is null or agency_code = :agency)
			""";

	/** Employees with at least one training need. */
	private static final String WITH_TRAININGS = OF_RUN + """
			and exists (select 1 from result_outcome o where o.run_id = evaluation_result.run_id
			            and o.nip = evaluation_result.nip and o.kind = 'TRAINING')
			""";

	private static final TypeReference<List<AwardOutcome>> AWARDS = new TypeReference<>() {
	};

	private static final TypeReference<List<TrainingOutcome>> TRAININGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	StoredResults(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The agencies the run evaluated. */
	List<String> agencies(long runId) {
		return jdbc.sql("select distinct agency_code from evaluation_result where run_id = :run order by agency_code")
			.param("run", runId)
			.query(String.class)
			.list();
	}

	long countWithTrainings(long runId, String agency) {
		return jdbc.sql("select count(*) " + WITH_TRAININGS)
			.param("run", runId)
			.param("agency", agency)
			.query(Long.class)
			.single();
	}

	List<StoredResult> withTrainings(long runId, String agency, int page, int size) {
		return jdbc.sql(COLUMNS + WITH_TRAININGS + "order by agency_code, nip offset :offset rows fetch next :size rows only")
			.param("run", runId)
			.param("agency", agency)
			.param("offset", (long) page * size)
			.param("size", size)
			.query(this::result)
			.list();
	}

	/** Every employee with a training need, in agency and NIP order, one at a time. */
	void eachWithTrainings(long runId, String agency, Consumer<StoredResult> sink) {
		each(WITH_TRAININGS, runId, agency, sink);
	}

	/** Every employee of the run (of one agency when given), in agency and NIP order, one at a time. */
	void each(long runId, String agency, Consumer<StoredResult> sink) {
		each(OF_RUN, runId, agency, sink);
	}

	/** How many employees the run holds (of one agency when given). */
	int count(long runId, String agency) {
		return jdbc.sql("select count(*) " + OF_RUN).param("run", runId).param("agency", agency).query(Integer.class).single();
	}

	private void each(String filter, long runId, String agency, Consumer<StoredResult> sink) {
		jdbc.sql(COLUMNS + filter + "order by agency_code, nip")
			.param("run", runId)
			.param("agency", agency)
			.query((ResultSet rs) -> {
				sink.accept(result(rs, 0));
			});
	}

	private StoredResult result(ResultSet rs, int row) throws SQLException {
		return new StoredResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), number(rs, 5),
				number(rs, 6), number(rs, 7), number(rs, 8), json.readValue(rs.getString(9), AWARDS),
				json.readValue(rs.getString(10), TRAININGS));
	}

	private static Double number(ResultSet rs, int column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

}
