package id.kinerja.work;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The job engine (db-scheduler) on this instance.
 *
 * @param worker whether this instance claims jobs; an instance without workers still starts them
 * @param threads jobs this instance runs at once: official runs' partitions, what-ifs, near-miss lists
 * @param pollingInterval how often this instance looks for jobs another instance started
 * @param heartbeat how often a running job says it is alive; a job silent for {@code missedHeartbeats} of
 * these is taken over by another instance
 * @param missedHeartbeats heartbeats a running job may miss before another instance takes it over
 * @param partitionSize employees of one partition at most: an agency larger than this is split
 * @param attempts tries of a partition before its run fails
 * @param instance this instance's name in the jobs' "worker" (default: host name and process id)
 */
@Validated
@ConfigurationProperties("kinerja.jobs")
public record JobSettings(@DefaultValue("true") boolean worker, @DefaultValue("2") @Min(1) @Max(64) int threads,
		@DefaultValue("1s") Duration pollingInterval, @DefaultValue("5s") Duration heartbeat,
		@DefaultValue("6") @Min(4) int missedHeartbeats, @DefaultValue("5000") @Min(50) int partitionSize,
		@DefaultValue("3") @Min(1) @Max(10) int attempts, String instance) {

	/** This instance's name: set, or the host name and process id. */
	public String instanceName() {
		if (instance != null && !instance.isBlank()) {
			return instance;
		}
		String host;
		try {
			host = java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.net.UnknownHostException ex) {
			host = "kinerja";
		}
		return host + "-" + ProcessHandle.current().pid();
	}

}
