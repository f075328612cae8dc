package id.kinerja.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Official runs as the API and the pages follow them while they wait or run: started through
 * {@link OfficialRuns}, their state read from the database, so every instance shows the same.
 */
@Component
public class RunJobs {

	/**
	 * A run: waiting (its position among the runs that wait, 1 first), running (employees of its written
	 * partitions out of all), then its run id or why it failed (a text of the bundles).
	 */
	public record Job(String id, String owner, String region, String agency, String period, int total,
			int done, String status, int position, Long runId, MessageSourceResolvable error, Instant ended,
			int partitions, int partitionsDone) {
	}

	private final OfficialRuns runs;

	private final JdbcClient jdbc;

	RunJobs(OfficialRuns runs, JdbcClient jdbc) {
		this.runs = runs;
		this.jdbc = jdbc;
	}

	/**
	 * Checks the scope (404s and a broken policy answer at once), then starts the run as the current user,
	 * whose access the caller has checked.
	 * @return the run's id, as text
	 * @throws id.kinerja.system.Refusal 429 when the queue is full
	 */
	public String start(String region, String agency, String period) {
		return Long.toString(runs.start(region, agency, period));
	}

	public Optional<Job> job(String id) {
		Long run = number(id);
		if (run == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(view(runs.state(run)));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Waits at most {@code patience} for a run to end; a run that failed throws why, as a 422. */
	public Job await(String id, Duration patience) {
		OfficialRuns.RunState state = runs.await(Long.parseLong(id), patience);
		if (state.status().equals("FAILED")) {
			throw OfficialRuns.failed(state);
		}
		return view(state);
	}

	private Job view(OfficialRuns.RunState state) {
		String owner = jdbc.sql("select started_by from evaluation_run where id = ?").param(state.id()).query(String.class)
			.single();
		MessageSourceResolvable error = state.failure() == null ? null
				: new DefaultMessageSourceResolvable(new String[] { "problem.runFailed" },
						new Object[] { Long.toString(state.id()), state.failure() }, state.failure());
		return new Job(Long.toString(state.id()), owner, state.region(), state.agency(), state.period(),
				state.employees(), state.employeesDone(), state.status(), position(state), state.status().equals("DONE")
						? state.id() : null, error, null, state.partitions(), state.partitionsDone());
	}

	/** A waiting run's place: the runs started before it that still wait or run, plus one. */
	private int position(OfficialRuns.RunState state) {
		if (!state.status().equals("QUEUED")) {
			return 0;
		}
		return jdbc.sql("select count(*) from evaluation_run where status = 'QUEUED' and id < ?")
			.param(state.id())
			.query(Integer.class)
			.single() + 1;
	}

	private static Long number(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
