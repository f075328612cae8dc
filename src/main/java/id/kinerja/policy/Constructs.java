package id.kinerja.policy;

import java.util.Map;

import com.github.javaparser.ast.Node;

/** A refused syntax node as a policy officer would recognise it in the file. */
final class Constructs {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("LambdaExpr", "lambda (->)"),
			Map.entry("MethodReferenceExpr", "::"), Map.entry("ArrayAccessExpr", "[ ]"),
			Map.entry("ArrayCreationExpr", "new ...[ ]"), Map.entry("ArrayInitializerExpr", "{ ... }"),
			Map.entry("AssignExpr", "="), Map.entry("InstanceOfExpr", "instanceof"), Map.entry("ClassExpr", ".class"),
			Map.entry("ObjectCreationExpr", "new"), Map.entry("SuperExpr", "super"), Map.entry("ThisExpr", "this"),
			Map.entry("SwitchExpr", "switch"), Map.entry("TextBlockLiteralExpr", "\"\"\""),
			Map.entry("InlineCastExpr", "#"), Map.entry("FullyQualifiedInlineCastExpr", "#"),
			Map.entry("NullSafeFieldAccessExpr", "!."), Map.entry("NullSafeMethodCallExpr", "!."),
			Map.entry("OOPathExpr", "/ (OOPath)"), Map.entry("TemporalLiteralExpr", "temporal literal"),
			Map.entry("BigDecimalLiteralExpr", "BigDecimal literal (B)"),
			Map.entry("BigIntegerLiteralExpr", "BigInteger literal (I)"), Map.entry("ListCreationLiteralExpression", "[ ]"),
			Map.entry("MapCreationLiteralExpression", "[ : ]"), Map.entry("VariableDeclarationExpr", "variable"),
			Map.entry("PatternExpr", "instanceof"));

	private Constructs() {
	}

	/** The node's first token as written, to find it in the file (printing a DRL node can fail). */
	static String firstToken(Node node) {
		return node.getTokenRange().map(range -> range.getBegin().getText()).orElse("");
	}

	static String name(Node node) {
		String kind = node.getClass().getSimpleName();
		return NAMES.getOrDefault(kind, kind.replace("Expr", ""));
	}

}
