package id.kinerja.system;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a long list: the one shape of every paged answer of the API (and of the pages' tables).
 *
 * @param page from 0
 * @param sort the order of the whole list, as {@code property,asc} or {@code property,desc}
 */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages,
		@Schema(example = "nip,asc") String sort) {

	public static <T> PageOf<T> of(List<T> content, int page, int size, long total) {
		return new PageOf<>(content, page, size, total, (int) ((total + size - 1) / size), null);
	}

	/** One page of a list computed in memory rather than read from a table, in the order given. */
	public static <T> PageOf<T> sorted(List<T> all, Comparator<? super T> order, int page, int size) {
		List<T> sorted = all.stream().sorted(order).toList();
		int from = (int) Math.min((long) page * size, sorted.size());
		return of(sorted.subList(from, Math.min(from + size, sorted.size())), page, size, sorted.size());
	}

	/** The same page, saying in which order the list is. */
	public PageOf<T> sortedBy(String property, boolean descending) {
		return new PageOf<>(content, page, size, totalElements, totalPages, property + (descending ? ",desc" : ",asc"));
	}

}
