package id.kinerja.policy;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the policy files live and how rule sessions run.
 *
 * @param root folder holding {@code rules/} and {@code policies/}
 * @param batchSize employees per rule session
 * @param maxFiringsPerEmployee cap on rule firings per employee before a run is stopped as endless
 * @param maxSessionTime time limit of one rule session (a batch of employees)
 * @param watch validate and pick up files changed on disk (an editor, git pull) without a restart; read by
 * {@code PolicyWatcher}'s condition
 */
@Validated
@ConfigurationProperties("kinerja.policy")
record PolicySettings(@DefaultValue(".") @NotBlank String root, @DefaultValue("200") @Min(1) @Max(100_000) int batchSize,
		@DefaultValue("500") @Min(1) int maxFiringsPerEmployee, @DefaultValue("20s") @NotNull Duration maxSessionTime,
		@DefaultValue("true") boolean watch) {

	/** The folder as an absolute path; a relative one is taken from the working directory. */
	Path rootFolder() {
		return Path.of(root).toAbsolutePath().normalize();
	}

	EngineSettings engine() {
		return new EngineSettings(batchSize, maxFiringsPerEmployee, maxSessionTime);
	}

}
