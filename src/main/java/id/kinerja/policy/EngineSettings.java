package id.kinerja.policy;

import java.time.Duration;

/**
 * How sessions are run.
 *
 * @param batchSize employees per rule session: small sessions keep the working memory small
 * @param maxFiringsPerEmployee cap on rule firings per employee, to stop rule sets that never end
 * @param maxSessionTime time limit of one session, to stop rules that run long without firing much
 */
public record EngineSettings(int batchSize, int maxFiringsPerEmployee, Duration maxSessionTime) {

	public static final EngineSettings DEFAULTS = new EngineSettings(200, 500, Duration.ofSeconds(20));

}
