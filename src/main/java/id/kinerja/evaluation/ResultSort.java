package id.kinerja.evaluation;

import id.kinerja.policy.fact.Predikat;
import id.kinerja.system.SqlOrder;

/** How a run's results can be ordered; each maps to a fixed SQL order, never to text from the request. */
public enum ResultSort {

	AGENCY("agency_code, nip"), NIP("nip"), NAME("name, nip"),
	/** Best predikat first, those without one last. */
	PREDIKAT(SqlOrder.rank("predikat", Predikat.values()) + ", nip"),
	SCORE("score, nip");

	final String columns;

	ResultSort(String columns) {
		this.columns = columns;
	}

}
