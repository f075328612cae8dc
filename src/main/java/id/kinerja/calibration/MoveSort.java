package id.kinerja.calibration;

import id.kinerja.policy.fact.Predikat;
import id.kinerja.system.SqlOrder;

/** How a proposal's moves can be ordered; each maps to fixed SQL columns, never to text from the request. */
public enum MoveSort {

	/** The order in which the calibrator moved them. */
	STEP("m.step"), NIP("m.nip"), NAME("r.name"), SCORE("r.score"),
	FROM(SqlOrder.rank("m.from_predikat", Predikat.values())), TO(SqlOrder.rank("m.to_predikat", Predikat.values())),
	/** Accepted, rejected, then those not decided yet. */
	DECISION(SqlOrder.rank("m.decision", Decision.values()));

	final String columns;

	MoveSort(String columns) {
		this.columns = columns;
	}

}
