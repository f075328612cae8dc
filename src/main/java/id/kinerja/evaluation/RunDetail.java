package id.kinerja.evaluation;

import java.util.List;
import java.util.Map;

/**
 * A run with its predikat distribution per agency and its curve findings (once official), its status and
 * its partitions: agency, status, the instance that wrote it and its employees.
 *
 * @param status QUEUED, RUNNING, DONE (official) or FAILED
 */
public record RunDetail(RunSummary run, String status, List<RunPartitions.Partition> partitions,
		Map<String, Map<String, Long>> distribution, List<StoredFinding> curveFindings) {
}
