package id.kinerja.work;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import id.kinerja.system.Capacity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The job engine of this instance: db-scheduler over the app's database, one scheduler per {@link Queue}.
 * Every instance with workers claims due jobs (each by exactly one instance, highest priority first), keeps
 * them alive with heartbeats and takes over those of an instance that went silent. Features give their tasks
 * as beans; {@link Jobs} schedules, from any instance, with or without workers.
 */
@Component
public class JobEngine implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobEngine.class);

	private final DataSource dataSource;

	private final List<Task<?>> tasks;

	private final JobSettings settings;

	private final Capacity capacity;

	private final Map<Queue, SchedulerClient> clients = new EnumMap<>(Queue.class);

	/** Built anew at each start: a stopped scheduler does not start again. */
	private final Map<Queue, Scheduler> schedulers = new ConcurrentHashMap<>();

	private volatile boolean running;

	JobEngine(DataSource dataSource, List<Task<?>> tasks, JobSettings settings, Capacity capacity) {
		this.dataSource = dataSource;
		this.tasks = tasks;
		this.settings = settings;
		this.capacity = capacity;
		for (Queue queue : Queue.values()) {
			clients.put(queue, SchedulerClient.Builder.create(dataSource, tasks).tableName(queue.table).build());
		}
	}

	SchedulerClient client(Queue queue) {
		return clients.get(queue);
	}

	@Override
	public synchronized void start() {
		running = true;
		if (!settings.worker()) {
			log.info("Job engine without workers on {}: jobs started here run on other instances",
					settings.instanceName());
			return;
		}
		for (Queue queue : Queue.values()) {
			Scheduler scheduler = Scheduler.create(dataSource, tasks)
				.tableName(queue.table)
				.threads(threads(queue))
				.pollingInterval(settings.pollingInterval())
				.heartbeatInterval(settings.heartbeat())
				.missedHeartbeatsLimit(settings.missedHeartbeats())
				.schedulerName(new SchedulerName.Fixed(settings.instanceName()))
				.enablePriority()
				.enableImmediateExecution()
				.build();
			scheduler.start();
			schedulers.put(queue, scheduler);
		}
		log.info("Job engine started on {} with {} threads for official runs, {} for what-ifs, {} for near-miss lists",
				settings.instanceName(), threads(Queue.OFFICIAL), threads(Queue.BACKGROUND), threads(Queue.NEAR_MISSES));
	}

	private int threads(Queue queue) {
		return switch (queue) {
			case OFFICIAL -> settings.threads();
			case BACKGROUND -> capacity.whatIfs();
			case NEAR_MISSES -> capacity.nearMisses();
		};
	}

	/** Tells this instance's scheduler, if it runs, to look for due jobs now rather than at its next poll. */
	void wake(Queue queue) {
		Scheduler running = schedulers.get(queue);
		if (running != null) {
			running.triggerCheckForDueExecutions();
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		schedulers.values().forEach(Scheduler::stop);
		schedulers.clear();
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
