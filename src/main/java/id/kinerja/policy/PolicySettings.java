package id.kinerja.policy;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the policy files live and how rule sessions run.
 *
 * @param root folder holding {@code rules/} and {@code policies/}
 * @param batchSize employees per rule session
 * @param maxFiringsPerEmployee cap on rule firings per employee before a run is stopped as endless
 * @param maxSessionTime time limit of one rule session (a batch of employees)
 */
@ConfigurationProperties("kinerja.policy")
record PolicySettings(@DefaultValue(".") String root, @DefaultValue("200") int batchSize,
		@DefaultValue("500") int maxFiringsPerEmployee, @DefaultValue("20s") Duration maxSessionTime) {

	/** The folder as an absolute path; a relative one is taken from the working directory. */
	Path rootFolder() {
		return Path.of(root).toAbsolutePath().normalize();
	}

	EngineSettings engine() {
		return new EngineSettings(batchSize, maxFiringsPerEmployee, maxSessionTime);
	}

}
