package id.kinerja.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;

/** Reads a region's stored rows of some periods (or years): those a file names, or all when it names none. */
final class Scopes {

	private Scopes() {
	}

	/** {@code sql} filters on the region (its one argument); {@code column} is the period or year to narrow by. */
	static void query(ImportContext context, String sql, String column, Set<String> scopes, RowCallbackHandler rows) {
		List<Object> args = new ArrayList<>();
		args.add(context.region);
		String narrowed = sql;
		if (!scopes.isEmpty()) {
			narrowed += " and " + column + " in (" + "?,".repeat(scopes.size() - 1) + "?)";
			scopes.stream().map(scope -> column.endsWith("year") ? (Object) Integer.valueOf(scope) : scope)
				.forEach(args::add);
		}
		context.jdbc.query(narrowed + " order by 1", rows, args.toArray());
	}

}
