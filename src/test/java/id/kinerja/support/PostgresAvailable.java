package id.kinerja.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where a PostgreSQL server is reachable (by default 127.0.0.1:5432, user
 * postgres, trust auth), on a fresh database of its own, {@code kinerja_test_<pid>}, so test runs at the
 * same time on one server do not drop each other's; it is dropped when the run ends, and those of runs that
 * died are dropped by the next. Where no server is reachable, the class is skipped with a message, unless
 * {@code KINERJA_REQUIRE_POSTGRES=true} (set by CI): then it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.Condition.class)
public @interface PostgresAvailable {

	/** Checks the server once per test run and recreates the test database. */
	class Condition implements ExecutionCondition {

		static final String HOST = env("KINERJA_TEST_PG_HOST", "127.0.0.1:5432");

		public static final String USER = env("KINERJA_TEST_PG_USER", "postgres");

		public static final String PASSWORD = env("KINERJA_TEST_PG_PASSWORD", "");

		private static final String PREFIX = "kinerja_test_";

		static final String DATABASE = PREFIX + ProcessHandle.current().pid();

		/** The JDBC URL of the test database, for {@code spring.datasource.url}. */
		public static final String URL = "jdbc:postgresql://" + HOST + "/" + DATABASE;

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return value == null || value.isBlank() ? fallback : value;
		}

		private static Boolean prepared;

		private static String reason;

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (prepare()) {
				return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + HOST);
			}
			if ("true".equalsIgnoreCase(System.getenv("KINERJA_REQUIRE_POSTGRES"))) {
				throw new IllegalStateException("PostgreSQL is required (KINERJA_REQUIRE_POSTGRES=true) but " + reason);
			}
			return ConditionEvaluationResult.disabled("Skipped: no PostgreSQL server reachable at " + HOST + " ("
					+ reason + "); start one to run the PostgreSQL tests");
		}

		/** Recreates the test database once per test run. */
		private static synchronized boolean prepare() {
			if (prepared == null) {
				prepared = recreate();
			}
			return prepared;
		}

		private static boolean recreate() {
			Properties properties = new Properties();
			properties.setProperty("user", USER);
			properties.setProperty("password", PASSWORD);
			properties.setProperty("connectTimeout", "3");
			properties.setProperty("loginTimeout", "3");
			try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", properties);
					Statement statement = connection.createStatement()) {
				dropDeadRuns(statement);
				statement.execute("drop database if exists " + DATABASE + " with (force)");
				statement.execute("create database " + DATABASE);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(properties)));
				return true;
			}
			catch (SQLException ex) {
				reason = ex.getMessage();
				return false;
			}
		}

		private static void dropDeadRuns(Statement statement) throws SQLException {
			List<String> dead = new ArrayList<>();
			try (ResultSet names = statement.executeQuery(
					"select datname from pg_database where datname like '" + PREFIX.replace("_", "\\_") + "%'")) {
				while (names.next()) {
					String name = names.getString(1);
					String pid = name.substring(PREFIX.length());
					if (pid.chars().allMatch(Character::isDigit)
							&& !ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
						dead.add(name);
					}
				}
			}
			for (String name : dead) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
		}

		private static void drop(Properties properties) {
			try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", properties);
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + DATABASE + " with (force)");
			}
			catch (SQLException ex) {
				// the next run drops it
			}
		}

	}

}
