package id.kinerja.evaluation;

import java.util.List;

/** One page of a long list. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	static <T> PageOf<T> of(List<T> content, int page, int size, long total) {
		return new PageOf<>(content, page, size, total, (int) ((total + size - 1) / size));
	}

}
