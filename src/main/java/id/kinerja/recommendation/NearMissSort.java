package id.kinerja.recommendation;

import java.util.Comparator;

/**
 * How an award's near-misses can be ordered: closest first (least relaxation, then smallest shortfall) or
 * by a column, near-misses equal on it closest first.
 */
public enum NearMissSort {

	CLOSEST(NearMisses.CLOSEST_FIRST), NIP(Comparator.comparing(NearMiss::nip)),
	NAME(Comparator.comparing(NearMiss::name)), AGENCY(Comparator.comparing(NearMiss::agency)),
	SHORT_BY(Comparator.comparing(NearMiss::shortBy, Comparator.nullsLast(Comparator.naturalOrder())));

	private final Comparator<NearMiss> column;

	NearMissSort(Comparator<NearMiss> column) {
		this.column = column;
	}

	Comparator<NearMiss> order(boolean descending) {
		Comparator<NearMiss> order = column.thenComparing(NearMisses.CLOSEST_FIRST);
		return descending ? order.reversed() : order;
	}

}
