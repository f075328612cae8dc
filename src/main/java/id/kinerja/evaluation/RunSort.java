package id.kinerja.evaluation;

import org.springframework.data.domain.Sort;

/** How the list of runs can be ordered; each maps to fixed properties of a run, never to text from the request. */
public enum RunSort {

	STARTED("startedAt"), REGION("region"), AGENCY("agency"), PERIOD("period"), EMPLOYEES("employees"),
	FINDINGS("curveFindings"), STARTED_BY("startedBy");

	private final String property;

	RunSort(String property) {
		this.property = property;
	}

	/** By the property in the direction asked; runs equal on it newest first. */
	Sort sort(boolean descending) {
		return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property).and(Sort.by("id").descending());
	}

}
