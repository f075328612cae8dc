package id.kinerja.work;

/**
 * The job engine's queues, each a table of its own with threads of its own on every instance: what-ifs
 * waiting in the background queue never hold a thread that an official run's partition needs.
 */
public enum Queue {

	/** Official runs' partitions. */
	OFFICIAL("scheduled_tasks"),

	/** What-ifs and near-miss lists: an analyst's questions, never ahead of an official run. */
	BACKGROUND("background_tasks");

	final String table;

	Queue(String table) {
		this.table = table;
	}

}
