package id.kinerja.audit;

/** How the audit log can be ordered; each maps to a fixed SQL column, never to text from the request. */
public enum AuditSort {

	TIME("occurred_at"), ACTOR("actor"), ACTION("action"), REGION("region"), OUTCOME("outcome");

	final String columns;

	AuditSort(String columns) {
		this.columns = columns;
	}

}
