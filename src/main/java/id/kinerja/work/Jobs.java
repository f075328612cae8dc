package id.kinerja.work;

import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.springframework.stereotype.Component;

/** Schedules and cancels jobs of the engine, from any instance. */
@Component
public class Jobs {

	/** Official runs go first: whatever else waits, a run's partitions are claimed before it. */
	public static final int OFFICIAL = 100;

	/** What-ifs and near-miss lists, each on a queue of its own. */
	public static final int BACKGROUND = 10;

	private final JobEngine engine;

	private final JobSettings settings;

	Jobs(JobEngine engine, JobSettings settings) {
		this.engine = engine;
		this.settings = settings;
	}

	/** Schedules one execution of the task per instance id on the official queue, due now, at the priority given. */
	public void schedule(OneTimeTask<Void> task, List<String> instances, int priority) {
		List<SchedulableInstance<?>> due = instances.stream()
			.<SchedulableInstance<?>>map(id -> task.instanceBuilder(id).priority(priority).scheduledTo(Instant.now()))
			.toList();
		engine.client(Queue.OFFICIAL).scheduleBatch(due);
		engine.wake(Queue.OFFICIAL);
	}

	/** Schedules one execution of the task on a queue other than the official one, due now. */
	public void background(Queue queue, OneTimeTask<Void> task, String instance) {
		if (queue == Queue.OFFICIAL) {
			throw new IllegalArgumentException("official runs' partitions are scheduled with schedule()");
		}
		engine.client(queue)
			.scheduleIfNotExists(task.instanceBuilder(instance).priority(BACKGROUND).scheduledTo(Instant.now()));
		engine.wake(queue);
	}

	/** Cancels what is still waiting on the official queue; an execution already gone is fine. */
	public void cancel(String task, String instance) {
		try {
			engine.client(Queue.OFFICIAL).cancel(TaskInstanceId.of(task, instance));
		}
		catch (RuntimeException ex) {
			// already picked, done or removed
		}
	}

	public JobSettings settings() {
		return settings;
	}

}
