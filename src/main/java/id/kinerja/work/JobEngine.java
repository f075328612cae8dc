package id.kinerja.work;

import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The job engine of this instance: db-scheduler over the app's database. Every instance with workers claims
 * due jobs (each by exactly one instance, highest priority first), keeps them alive with heartbeats and takes
 * over those of an instance that went silent. Features give their tasks as beans; {@link Jobs} schedules,
 * from any instance, with or without workers.
 */
@Component
public class JobEngine implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobEngine.class);

	private final DataSource dataSource;

	private final List<Task<?>> tasks;

	private final JobSettings settings;

	private final SchedulerClient client;

	/** Built anew at each start: a stopped scheduler does not start again. */
	private volatile Scheduler scheduler;

	private volatile boolean running;

	JobEngine(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
		this.dataSource = dataSource;
		this.tasks = tasks;
		this.settings = settings;
		this.client = SchedulerClient.Builder.create(dataSource, tasks).build();
	}

	SchedulerClient client() {
		return client;
	}

	@Override
	public synchronized void start() {
		running = true;
		if (!settings.worker()) {
			log.info("Job engine without workers on {}: jobs started here run on other instances",
					settings.instanceName());
			scheduler = null;
			return;
		}
		scheduler = Scheduler.create(dataSource, tasks)
			.threads(settings.threads())
			.pollingInterval(settings.pollingInterval())
			.heartbeatInterval(settings.heartbeat())
			.missedHeartbeatsLimit(settings.missedHeartbeats())
			.schedulerName(new SchedulerName.Fixed(settings.instanceName()))
			.enablePriority()
			.enableImmediateExecution()
			.build();
		scheduler.start();
		log.info("Job engine started on {} with {} threads", settings.instanceName(), settings.threads());
	}

	/** Tells this instance's scheduler, if it runs, to look for due jobs now rather than at its next poll. */
	void wake() {
		Scheduler running = scheduler;
		if (running != null) {
			running.triggerCheckForDueExecutions();
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (scheduler != null) {
			scheduler.stop();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** After the web server: jobs start once the app answers. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

}
