package id.kinerja.evaluation;

import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job engine's tasks of official runs. */
@Configuration(proxyBeanMethods = false)
class EvaluationJobs {

	@Bean
	Task<Void> officialPartition(OfficialRunTask partitions) {
		return partitions.task();
	}

}
