package id.kinerja.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Migration 35: the award and training rows of the runs stored before they had rows of their own, read
 * from each result's JSON lists. In Java because H2 and PostgreSQL share no function to unnest JSON.
 */
@Component
class OutcomeRowsMigration implements JavaMigration {

	private static final int BATCH = 1000;

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("35");
	}

	@Override
	public String getDescription() {
		return "result outcomes of earlier runs";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement read = connection.createStatement();
				PreparedStatement insert = connection.prepareStatement(OutcomeRows.INSERT)) {
			read.setFetchSize(BATCH);
			ResultSet results = read.executeQuery("select run_id, nip, awards, trainings from evaluation_result");
			int pending = 0;
			while (results.next()) {
				pending += add(insert, results, "AWARD", results.getString(3));
				pending += add(insert, results, "TRAINING", results.getString(4));
				if (pending >= BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			insert.executeBatch();
		}
	}

	private int add(PreparedStatement insert, ResultSet result, String kind, String list) throws SQLException {
		int added = 0;
		for (JsonNode outcome : json.readTree(list)) {
			OutcomeRows.bind(insert, result.getLong(1), result.getString(2), kind, outcome.get("code").asString(),
					outcome.get("name").asString());
			added++;
		}
		return added;
	}

}
