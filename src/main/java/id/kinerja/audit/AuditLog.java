package id.kinerja.audit;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import id.kinerja.access.AccessDenial;
import id.kinerja.access.AccountChanged;
import id.kinerja.access.CurrentUser;
import id.kinerja.access.SignInRefused;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Each event is written on its own, through a connection pool of the audit log's own
 * (two connections): it stays when the request that caused it is rolled back (a failed run, a refused
 * request), and writing it never waits for a connection of the main pool, which the work it describes may
 * hold. The actor is the signed-in user, or "system".
 */
@Component
public class AuditLog implements DisposableBean {

	private static final int MAX_DETAIL = 4000;

	private static final int MAX_TARGET = 200;

	private static final int MAX_ACTOR = 60;

	private static final int OWN_CONNECTIONS = 2;

	private final JdbcClient jdbc;

	private final HikariDataSource own;

	private final JdbcClient separate;

	AuditLog(JdbcClient jdbc, DataSourceProperties database) {
		this.jdbc = jdbc;
		this.own = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		own.setPoolName("audit");
		own.setMaximumPoolSize(OWN_CONNECTIONS);
		own.setMinimumIdle(0);
		this.separate = JdbcClient.create(own);
	}

	@Override
	public void destroy() {
		own.close();
	}

	/**
	 * Records an event; {@code action} is an {@link AuditAction} name and {@code outcome} an
	 * {@link AuditOutcome} name. Region, target and detail may be null.
	 * @throws IllegalArgumentException for an unknown action or outcome
	 */
	public void record(String action, String region, String target, String outcome, String detail) {
		record(AuditAction.valueOf(action), region, target, AuditOutcome.valueOf(outcome), detail);
	}

	public void record(AuditAction action, String region, String target, AuditOutcome outcome, String detail) {
		own(CurrentUser.name(), action, region, target, outcome, detail);
	}

	/** On the audit log's own pool; once more on another connection where the database closed the first. */
	private void own(String actor, AuditAction action, String region, String target, AuditOutcome outcome,
			String detail) {
		try {
			insert(separate, actor, action, region, target, outcome, detail);
		}
		catch (DataAccessResourceFailureException ex) {
			// every idle connection of the pool may be as broken as this one was: open new ones
			own.getHikariPoolMXBean().softEvictConnections();
			insert(separate, actor, action, region, target, outcome, detail);
		}
	}

	/**
	 * Records an event as part of the caller's transaction: it stays only if the work it describes does (a
	 * publication: files, archive, release and its audit entry are one unit).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordInTransaction(AuditAction action, String region, String target, AuditOutcome outcome,
			String detail) {
		insert(jdbc, CurrentUser.name(), action, region, target, outcome, detail);
	}

	private static void insert(JdbcClient jdbc, String actor, AuditAction action, String region, String target,
			AuditOutcome outcome, String detail) {
		jdbc.sql("""
				insert into audit_event (occurred_at, actor, action, region, target, outcome, detail)
				values (:at, :actor, :action, :region, :target, :outcome, :detail)""")
			.param("at", OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS))
			.param("actor", cut(actor, MAX_ACTOR))
			.param("action", action.name())
			.param("region", region)
			.param("target", cut(target, MAX_TARGET))
			.param("outcome", outcome.name())
			.param("detail", cut(detail, MAX_DETAIL))
			.update();
	}

	@EventListener
	void accessDenied(AccessDenial denial) {
		record(AuditAction.ACCESS_DENIED, denial.region(), denial.permission().name(), AuditOutcome.DENIED,
				denial.attempt());
	}

	/** A change to a user: one event per region of the user, so each region's log shows it. */
	@EventListener
	void accountChanged(AccountChanged change) {
		AuditAction action = AuditAction.valueOf(change.action());
		if (change.regions().isEmpty()) {
			record(action, null, change.username(), AuditOutcome.SUCCESS, change.detail());
		}
		change.regions().forEach(region -> record(action, region, change.username(), AuditOutcome.SUCCESS,
				change.detail()));
	}

	/** A throttled sign-in: the actor is the user name tried, the target the address it came from. */
	@EventListener
	void signInRefused(SignInRefused refused) {
		own(refused.username(), AuditAction.SIGN_IN_THROTTLED, null, refused.address(),
				AuditOutcome.DENIED, "retry after " + refused.retryAfterSeconds() + " s");
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
