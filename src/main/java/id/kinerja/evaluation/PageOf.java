package id.kinerja.evaluation;

import java.util.Comparator;
import java.util.List;

/** One page of a long list. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <T> PageOf<T> of(List<T> content, int page, int size, long total) {
		return new PageOf<>(content, page, size, total, (int) ((total + size - 1) / size));
	}

	/** One page of a list computed in memory rather than read from a table, in the order given. */
	public static <T> PageOf<T> sorted(List<T> all, Comparator<? super T> order, int page, int size) {
		List<T> sorted = all.stream().sorted(order).toList();
		int from = (int) Math.min((long) page * size, sorted.size());
		return of(sorted.subList(from, Math.min(from + size, sorted.size())), page, size, sorted.size());
	}

}
