package id.kinerja.whatif;

import id.kinerja.policy.fact.Predikat;
import id.kinerja.system.SqlOrder;

/** How a what-if's changed employees can be ordered; each maps to fixed SQL columns, never to request text. */
public enum ChangeSort {

	AGENCY("agency_code"), NIP("nip"),
	/** By the predikat after (best first, none last), then the one before. */
	PREDIKAT(SqlOrder.rank("predikat_after", Predikat.values()) + ", "
			+ SqlOrder.rank("predikat_before", Predikat.values()));

	final String columns;

	ChangeSort(String columns) {
		this.columns = columns;
	}

}
