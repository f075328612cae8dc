package id.kinerja.policy;

import java.util.Set;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Whether a constraint ties its pattern to what the rule matched before it, so the pattern does not join
 * every fact with every other: its own property (or {@code this}) equal to an earlier binding
 * ({@code nip == $nip}, {@code this == $e}); for facts that are not one per employee, also equal to a value
 * ({@code name == "capaian.maksimum"}, {@code level in ( ... )}).
 */
final class Links {

	private Links() {
	}

	static boolean links(Expression expr, Set<String> earlier, boolean valuesNarrow) {
		if (expr instanceof EnclosedExpr enclosed) {
			return links(enclosed.getInner(), earlier, valuesNarrow);
		}
		if (expr instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.AND) {
			return links(binary.getLeft(), earlier, valuesNarrow) || links(binary.getRight(), earlier, valuesNarrow);
		}
		if (expr instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.EQUALS) {
			return own(binary.getLeft()) && value(binary.getRight(), earlier, valuesNarrow)
					|| own(binary.getRight()) && value(binary.getLeft(), earlier, valuesNarrow);
		}
		if (expr instanceof PointFreeExpr free && free.getOperator().asString().equals("in") && !free.isNegated()) {
			return own(free.getLeft()) && free.getRight().stream().allMatch(v -> value(v, earlier, valuesNarrow));
		}
		return false;
	}

	/** The pattern's own fact or one of its properties. */
	private static boolean own(Expression expr) {
		return expr instanceof ThisExpr || expr instanceof NameExpr name && !name.getNameAsString().startsWith("$")
				|| expr instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr;
	}

	private static boolean value(Expression expr, Set<String> earlier, boolean valuesNarrow) {
		if (expr instanceof NameExpr name && name.getNameAsString().startsWith("$")) {
			return earlier.contains(name.getNameAsString());
		}
		if (!valuesNarrow) {
			return false;
		}
		return expr instanceof LiteralExpr && !(expr instanceof NullLiteralExpr)
				|| expr instanceof FieldAccessExpr constant && constant.getScope() instanceof NameExpr type
						&& Character.isUpperCase(type.getNameAsString().charAt(0));
	}

}
