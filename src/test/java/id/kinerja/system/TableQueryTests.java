package id.kinerja.system;

import id.kinerja.evaluation.ResultSort;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A table's order and page come from the query or fall back to the default; its links keep the rest. */
class TableQueryTests {

	private static TableQuery<ResultSort> query(String queryString, String prefix, String anchor) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/evaluations/7");
		request.setQueryString(queryString);
		for (String pair : queryString.split("&")) {
			String[] parts = pair.split("=", 2);
			request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
		}
		return TableQuery.of(request, "/evaluations/7", prefix, anchor, ResultSort.SCORE, true);
	}

	@Test
	void whatTheQueryDoesNotNameIsTheDefault() {
		TableQuery<ResultSort> unknown = query("sort=drop&desc=&page=-2&agency=dinkes", "", null);
		assertThat(unknown.sort()).isEqualTo(ResultSort.SCORE);
		assertThat(unknown.descending()).isFalse();
		assertThat(unknown.page()).isZero();
		TableQuery<ResultSort> none = query("page=x", "", null);
		assertThat(none.sort()).isEqualTo(ResultSort.SCORE);
		assertThat(none.descending()).as("the default's own direction").isTrue();
		assertThat(none.page()).isZero();
		TableQuery<ResultSort> other = query("sort=name&page=3", "", null);
		assertThat(other.sort()).isEqualTo(ResultSort.NAME);
		assertThat(other.descending()).isFalse();
		assertThat(other.page()).isEqualTo(3);
	}

	@Test
	void aHeaderSortsFromTheFirstPageAndReversesTheColumnItIsSortedBy() {
		TableQuery<ResultSort> table = query("agency=dinkes&sort=NAME&desc=false&page=2", "", null);
		assertThat(table.sortLink("NAME")).isEqualTo("/evaluations/7?agency=dinkes&sort=NAME&desc=true");
		assertThat(table.sortLink("NIP")).isEqualTo("/evaluations/7?agency=dinkes&sort=NIP&desc=false");
		assertThat(table.ariaSort("NAME")).isEqualTo("ascending");
		assertThat(table.ariaSort("NIP")).isNull();
		assertThat(table.pageLink()).isEqualTo("/evaluations/7?agency=dinkes&sort=NAME&desc=false&page=PAGENO");
	}

	@Test
	void aTableAmongOthersKeepsTheirParametersAndReturnsToItsAnchor() {
		TableQuery<ResultSort> table = query("B.sort=NIP&A.page=1&lang=en", "A.", "candidates-A");
		assertThat(table.page()).isEqualTo(1);
		assertThat(table.sort()).isEqualTo(ResultSort.SCORE);
		assertThat(table.sortLink("NIP")).isEqualTo("/evaluations/7?B.sort=NIP&lang=en&A.sort=NIP&A.desc=false#candidates-A");
		assertThat(table.pageLink())
			.isEqualTo("/evaluations/7?B.sort=NIP&lang=en&A.sort=SCORE&A.desc=true&A.page=PAGENO#candidates-A");
	}

}
