package id.kinerja.evaluation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A run as the API answers it: the run itself (as listed), with its status, its partitions, the predikat
 * spread per agency and the curve findings (until 0.2 wrapped as {@code {"run": ..., "curveFindings": [...]}}).
 *
 * @param status QUEUED, RUNNING, DONE (official) or FAILED
 */
record RunView(@JsonUnwrapped RunSummary run, String status, List<RunPartitions.Partition> partitions,
		Map<String, Map<String, Long>> distribution, List<StoredFinding> findings) {

	static RunView of(RunDetail detail) {
		return new RunView(detail.run(), detail.status(), detail.partitions(), detail.distribution(),
				detail.curveFindings());
	}

}
