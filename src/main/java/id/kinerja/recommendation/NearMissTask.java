package id.kinerja.recommendation;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import id.kinerja.evaluation.OfficialResults;
import id.kinerja.evaluation.OfficialRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A near-miss list as a job of the engine's queue of lists, with the what-ifs' progress model: whichever instance
 * claims it evaluates the run's employees again, relaxed, and stores the list with its progress on the
 * way. A try that an instance left when it died starts over on another.
 */
@Configuration(proxyBeanMethods = false)
class NearMissTask {

	static final String NAME = "near-misses";

	private static final Logger log = LoggerFactory.getLogger(NearMissTask.class);

	private final NearMissLists lists;

	private final OfficialResults official;

	private final AwardCandidates awards;

	private final OneTimeTask<Void> task;

	NearMissTask(NearMissLists lists, OfficialResults official, AwardCandidates awards) {
		this.lists = lists;
		this.official = official;
		this.awards = awards;
		this.task = Tasks.oneTime(NAME)
			.onFailure(this::failed)
			.execute((instance, context) -> execute(Long.parseLong(instance.getId())));
	}

	OneTimeTask<Void> task() {
		return task;
	}

	@Bean
	Task<Void> nearMisses() {
		return task;
	}

	private void execute(long id) {
		NearMissLists.Stored list = lists.find(id).orElse(null);
		if (list == null || !lists.begin(id)) {
			return;
		}
		NearMissLists.Scope scope = list.scope();
		OfficialRun run = official.run(scope.run()).orElseThrow(() -> new IllegalStateException("run " + scope.run() + " is gone"));
		lists.finish(id, awards.nearMisses(run, scope.award(), scope.agency(), done -> lists.progress(id, done)));
	}

	/** A list that failed is not tried again by the engine: the same data would fail the same way. */
	private void failed(ExecutionComplete complete, ExecutionOperations<Void> operations) {
		long id = Long.parseLong(complete.getExecution().taskInstance.getId());
		Throwable cause = complete.getCause().orElse(null);
		log.warn("Near-miss list {} failed", id, cause);
		lists.fail(id, cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage());
		operations.remove();
	}

}
