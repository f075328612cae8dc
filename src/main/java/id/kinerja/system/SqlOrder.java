package id.kinerja.system;

import java.util.Arrays;

import org.springframework.data.domain.Sort;

/**
 * ORDER BY clauses built from the fixed columns (or entity properties) of a sort enum, never from text a
 * request sent.
 */
public final class SqlOrder {

	private SqlOrder() {
	}

	/**
	 * The columns, each descending when asked, then the tie-breakers as they are.
	 *
	 * @param columns separated by commas; no column expression may hold a comma of its own
	 * @param tieBreakers what orders rows equal on the columns, in a fixed direction; empty for none
	 */
	public static String of(String columns, boolean descending, String tieBreakers) {
		String ordered = descending
				? String.join(", ", Arrays.stream(columns.split(",")).map(column -> column.strip() + " desc").toList())
				: columns;
		return tieBreakers.isEmpty() ? ordered : ordered + ", " + tieBreakers;
	}

	/** A Spring Data order by the property in the direction asked; rows equal on it newest (highest id) first. */
	public static Sort newestFirstWithin(String property, boolean descending) {
		Sort order = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property);
		return property.equals("id") ? order : order.and(Sort.by("id").descending());
	}

	/** An expression ranking a column's names in the order of the constants (first 1), null and others last. */
	public static String rank(String column, Enum<?>... constants) {
		StringBuilder rank = new StringBuilder("case ").append(column);
		for (Enum<?> constant : constants) {
			rank.append(" when '").append(constant.name()).append("' then ").append(constant.ordinal() + 1);
		}
		return rank.append(" else ").append(constants.length + 1).append(" end").toString();
	}

}
