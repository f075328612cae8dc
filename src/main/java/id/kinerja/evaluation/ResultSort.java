package id.kinerja.evaluation;

import java.util.Arrays;

/** How a run's results can be ordered; each maps to a fixed SQL order, never to text from the request. */
public enum ResultSort {

	AGENCY("agency_code, nip"), NIP("nip"), NAME("name, nip"),
	/** Best predikat first, those without one last. */
	PREDIKAT("""
			case predikat when 'SANGAT_BAIK' then 1 when 'BAIK' then 2 when 'BUTUH_PERBAIKAN' then 3 when 'KURANG' then 4
			when 'SANGAT_KURANG' then 5 else 6 end, nip"""),
	SCORE("score, nip");

	private final String columns;

	ResultSort(String columns) {
		this.columns = columns;
	}

	/** The order by clause, descending on every column when asked. */
	String orderBy(boolean descending) {
		if (!descending) {
			return columns;
		}
		// no column expression holds a comma of its own
		return String.join(", ", Arrays.stream(columns.split(",")).map(column -> column.strip() + " desc").toList());
	}

}
