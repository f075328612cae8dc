package id.kinerja.whatif;

/** How the list of what-ifs can be ordered; each maps to fixed SQL columns, never to text from the request. */
public enum WhatIfSort {

	REQUESTED("requested_at"), NAME("name"), REGION("region_id"), PERIOD("period_code"), STATUS("status"),
	REQUESTED_BY("requested_by");

	final String columns;

	WhatIfSort(String columns) {
		this.columns = columns;
	}

}
