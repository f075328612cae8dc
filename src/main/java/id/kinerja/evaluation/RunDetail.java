package id.kinerja.evaluation;

import java.util.List;
import java.util.Map;

/** A run with its predikat distribution per agency and its curve findings. */
public record RunDetail(RunSummary run, Map<String, Map<String, Long>> distribution, List<StoredFinding> curveFindings) {
}
