package id.kinerja.work;

/**
 * The job engine's queues, each a table of its own with threads of its own on every instance: what-ifs
 * waiting in the background queue never hold a thread that an official run's partition needs.
 */
public enum Queue {

	/** Official runs' partitions. */
	OFFICIAL("scheduled_tasks"),

	/** What-ifs: an analyst's question, never ahead of an official run. */
	BACKGROUND("background_tasks"),

	/** Near-miss lists: never ahead of an official run, nor behind a what-if. */
	NEAR_MISSES("near_miss_tasks");

	final String table;

	Queue(String table) {
		this.table = table;
	}

}
