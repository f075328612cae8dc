package id.kinerja.policy;

/**
 * How sessions are run.
 *
 * @param batchSize employees per rule session: small sessions keep the working memory small
 * @param maxFiringsPerEmployee cap on rule firings per employee, to stop rule sets that never end
 */
public record EngineSettings(int batchSize, int maxFiringsPerEmployee) {

	public static final EngineSettings DEFAULTS = new EngineSettings(200, 500);

}
