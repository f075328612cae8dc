package id.kinerja.system;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * How one table is asked to be shown: the column it is sorted by (a constant of the table's sort enum, so
 * never text from the request), the direction and the page; and the links that sort by a column or go to
 * a page while keeping the rest of the query (filters, other tables). A page with several tables gives
 * each a prefix for its parameters and an anchor its links return to. An unknown column or a page that is
 * not a number or negative is read as the default, never refused.
 *
 * @param path the page's path, without the context path; its links keep the query the request had
 * @param query the request's query string, still encoded; null for none
 */
public record TableQuery<S extends Enum<S>>(S sort, boolean descending, int page, String prefix, String anchor,
		String path, String query) {

	/** Rows of a table's page. */
	public static final int PAGE_SIZE = 25;

	/** The text the pager replaces with a page number. */
	static final String PAGE_NUMBER = "PAGENO";

	/** The only table of a page. */
	public static <S extends Enum<S>> TableQuery<S> of(HttpServletRequest request, String path, S sort, boolean descending) {
		return of(request, path, "", null, sort, descending);
	}

	/** One of several tables of a page: its parameters begin with {@code prefix}. */
	public static <S extends Enum<S>> TableQuery<S> of(HttpServletRequest request, String path, String prefix, String anchor,
			S sort, boolean descending) {
		S asked = constant(sort.getDeclaringClass(), request.getParameter(prefix + "sort"));
		S order = asked == null ? sort : asked;
		String desc = request.getParameter(prefix + "desc");
		boolean down = desc != null ? Boolean.parseBoolean(desc) : order == sort && descending;
		return new TableQuery<>(order, down, number(request.getParameter(prefix + "page")), prefix, anchor, path,
				request.getQueryString());
	}

	private static <S extends Enum<S>> S constant(Class<S> type, String name) {
		for (S candidate : type.getEnumConstants()) {
			if (candidate.name().equalsIgnoreCase(name)) {
				return candidate;
			}
		}
		return null;
	}

	private static int number(String page) {
		try {
			return page == null ? 0 : Math.max(Integer.parseInt(page.strip()), 0);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	// templates call what follows, and SpEL sees public methods only

	/** Whether the table is sorted by the column: its header's aria-sort, else null. */
	public String ariaSort(String column) {
		return !sort.name().equals(column) ? null : descending ? "descending" : "ascending";
	}

	/** Sorted by the column from the first page: ascending, or the other way when it is sorted by it already. */
	public String sortLink(String column) {
		return link().replaceQueryParam(name("sort"), column)
			.replaceQueryParam(name("desc"), sort.name().equals(column) && !descending)
			.replaceQueryParam(name("page"))
			.build()
			.toUriString();
	}

	/** This order at the page the pager puts in place of {@link #PAGE_NUMBER}. */
	public String pageLink() {
		return link().replaceQueryParam(name("sort"), sort.name())
			.replaceQueryParam(name("desc"), descending)
			.replaceQueryParam(name("page"), PAGE_NUMBER)
			.build()
			.toUriString();
	}

	/** The rest of the query stays as the request encoded it; what is added is encoded here. */
	private UriComponentsBuilder link() {
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.fragment(anchor == null ? null : UriUtils.encodeFragment(anchor, StandardCharsets.UTF_8));
	}

	private String name(String parameter) {
		return UriUtils.encodeQueryParam(prefix + parameter, StandardCharsets.UTF_8);
	}

	/** A filter's field left empty means no filter. */
	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
