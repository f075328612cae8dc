package id.kinerja.whatif;

import com.github.kagkarlsson.scheduler.task.Task;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job engine's task of what-ifs. */
@Configuration(proxyBeanMethods = false)
class WhatIfJobs {

	@Bean
	Task<Void> whatIf(WhatIfTask whatIfs) {
		return whatIfs.task();
	}

}
