package id.kinerja.evaluation;

/** How the list of runs can be ordered; each maps to fixed properties of a run, never to text from the request. */
public enum RunSort {

	STARTED("startedAt"), REGION("region"), AGENCY("agency"), PERIOD("period"), EMPLOYEES("employees"),
	FINDINGS("curveFindings"), STARTED_BY("startedBy");

	final String property;

	RunSort(String property) {
		this.property = property;
	}

}
