package id.kinerja.policy;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Gives each node of an expression its type, refusing every node that is not on the allow-list: a name is a
 * binding ({@code $nip}) or a property of the pattern's fact, a member is one {@link FactModel} lists for
 * the type of what it is called on, and only a few kinds of node exist at all. A refused node is reported
 * once; the expression around it is not reported again.
 */
final class Typer {

	/** What was refused, near which text, with the message's arguments. */
	record Refused(String code, String near, List<String> arguments) {
	}

	private static final Set<BinaryExpr.Operator> LOGIC = Set.of(BinaryExpr.Operator.OR, BinaryExpr.Operator.AND,
			BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS, BinaryExpr.Operator.LESS,
			BinaryExpr.Operator.GREATER, BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER_EQUALS);

	private static final Set<BinaryExpr.Operator> ARITHMETIC = Set.of(BinaryExpr.Operator.PLUS,
			BinaryExpr.Operator.MINUS, BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.DIVIDE,
			BinaryExpr.Operator.REMAINDER);

	/** Operators between a value and a list or a string that run in linear time: no regular expressions. */
	private static final Set<String> POINT_FREE = Set.of("in", "contains", "memberOf", "excludes", "str");

	private static final Set<String> STR = Set.of("startsWith", "endsWith", "length");

	private final Class<?> pattern;

	private final Map<String, Type> bindings;

	private final Consumer<Refused> refuse;

	/**
	 * @param pattern the fact whose properties bare names read, null outside a pattern
	 * @param bindings the names bound so far in the rule, with their types
	 */
	Typer(Class<?> pattern, Map<String, Type> bindings, Consumer<Refused> refuse) {
		this.pattern = pattern;
		this.bindings = bindings;
		this.refuse = refuse;
	}

	/** The accumulate functions' results, as the rules use them. */
	static Type function(String name) {
		return switch (name) {
			case "count" -> long.class;
			case "collectList" -> List.class;
			case "collectSet" -> Set.class;
			default -> double.class;
		};
	}

	/** The element type of {@code $e.indicators()}: only a bound fact's own list may be a source. */
	static Optional<Class<?>> element(Expression source, Map<String, Type> bindings) {
		String member;
		Expression scope;
		if (source instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
			member = call.getNameAsString();
			scope = call.getScope().get();
		}
		else if (source instanceof FieldAccessExpr access) {
			member = access.getNameAsString();
			scope = access.getScope();
		}
		else {
			return Optional.empty();
		}
		if (!(scope instanceof NameExpr name) || !bindings.containsKey(name.getNameAsString())) {
			return Optional.empty();
		}
		return FactModel.property(bindings.get(name.getNameAsString()), member).flatMap(FactModel::elementType);
	}

	/** The expression's type, or null when a node of it was refused. */
	Type type(Expression expr) {
		if (expr instanceof EnclosedExpr enclosed) {
			return type(enclosed.getInner());
		}
		if (expr instanceof StringLiteralExpr) {
			return String.class;
		}
		if (expr instanceof IntegerLiteralExpr) {
			return int.class;
		}
		if (expr instanceof LongLiteralExpr) {
			return long.class;
		}
		if (expr instanceof DoubleLiteralExpr) {
			return double.class;
		}
		if (expr instanceof BooleanLiteralExpr) {
			return boolean.class;
		}
		if (expr instanceof CharLiteralExpr) {
			return char.class;
		}
		if (expr instanceof NullLiteralExpr) {
			return Object.class;
		}
		if (expr instanceof ThisExpr && pattern != null) {
			return pattern;
		}
		if (expr instanceof NameExpr name) {
			return name(name);
		}
		if (expr instanceof FieldAccessExpr access) {
			return field(access);
		}
		if (expr instanceof MethodCallExpr call) {
			return call(call);
		}
		return operation(expr);
	}

	private Type operation(Expression expr) {
		if (expr instanceof UnaryExpr unary) {
			return unary(unary);
		}
		if (expr instanceof BinaryExpr binary) {
			return binary(binary);
		}
		if (expr instanceof HalfBinaryExpr half) {
			return type(half.getRight()) == null ? null : boolean.class;
		}
		if (expr instanceof ConditionalExpr conditional) {
			Type condition = type(conditional.getCondition());
			Type then = type(conditional.getThenExpr());
			Type otherwise = type(conditional.getElseExpr());
			return condition == null || then == null || otherwise == null ? null : then;
		}
		if (expr instanceof CastExpr cast) {
			return cast(cast);
		}
		if (expr instanceof PointFreeExpr free) {
			return pointFree(free.getOperator().asString(), free.getRight(), type(free.getLeft()));
		}
		if (expr instanceof HalfPointFreeExpr free) {
			return pointFree(free.getOperator().asString(), free.getRight(), boolean.class);
		}
		return refused("guard.construct", Constructs.firstToken(expr), Constructs.name(expr));
	}

	private Type name(NameExpr expr) {
		String name = expr.getNameAsString();
		if (expr instanceof DrlNameExpr drl && drl.getBackReferencesCount() > 0) {
			return refused("guard.construct", name, "../");
		}
		if (name.startsWith("$")) {
			Type bound = bindings.get(name);
			return bound != null ? bound : refused("guard.name-unbound", name, name);
		}
		if (pattern != null) {
			Optional<Type> property = FactModel.property(pattern, name);
			if (property.isPresent()) {
				return property.get();
			}
			return refused("guard.property", name, name, pattern.getSimpleName());
		}
		return refused("guard.name", name, name);
	}

	private Type field(FieldAccessExpr access) {
		String member = access.getNameAsString();
		Optional<Class<?>> named = typeName(access.getScope());
		if (named.isPresent()) {
			Class<?> type = named.get();
			return FactModel.constant(type, member) ? type
					: refused("guard.member", member, type.getSimpleName(), member);
		}
		Type owner = type(access.getScope());
		if (owner == null) {
			return null;
		}
		return FactModel.property(owner, member)
			.orElseGet(() -> refused("guard.member", member, simpleName(owner), member));
	}

	private Type call(MethodCallExpr call) {
		String method = call.getNameAsString();
		if (call.getTypeArguments().isPresent()) {
			return refused("guard.construct", method, "<...>");
		}
		for (Expression argument : call.getArguments()) {
			if (type(argument) == null) {
				return null;
			}
		}
		int arity = call.getArguments().size();
		if (call.getScope().isEmpty()) {
			Optional<Type> helper = pattern == null ? Optional.empty() : FactModel.method(pattern, method, arity);
			return helper.orElseGet(() -> refused("guard.call", method, method));
		}
		Expression scope = call.getScope().get();
		if (scope instanceof NameExpr name && name.getNameAsString().equals("Math") && !isProperty("Math")) {
			Class<?> result = FactModel.MATH.get(method);
			return result != null && arity > 0 ? result : refused("guard.member", method, "Math", method);
		}
		Optional<Class<?>> named = typeName(scope);
		if (named.isPresent()) {
			return refused("guard.member", method, named.get().getSimpleName(), method);
		}
		Type owner = type(scope);
		if (owner == null) {
			return null;
		}
		return FactModel.method(owner, method, arity)
			.orElseGet(() -> refused("guard.member", method, simpleName(owner), method));
	}

	private Type unary(UnaryExpr unary) {
		UnaryExpr.Operator operator = unary.getOperator();
		if (operator != UnaryExpr.Operator.LOGICAL_COMPLEMENT && operator != UnaryExpr.Operator.MINUS
				&& operator != UnaryExpr.Operator.PLUS) {
			return refused("guard.construct", operator.asString(), operator.asString());
		}
		Type operand = type(unary.getExpression());
		return operand == null ? null : operator == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? boolean.class : operand;
	}

	private Type binary(BinaryExpr binary) {
		BinaryExpr.Operator operator = binary.getOperator();
		if (!LOGIC.contains(operator) && !ARITHMETIC.contains(operator)) {
			return refused("guard.construct", operator.asString(), operator.asString());
		}
		Type left = type(binary.getLeft());
		Type right = left == null ? null : type(binary.getRight());
		if (left == null || right == null) {
			return null;
		}
		if (LOGIC.contains(operator)) {
			return boolean.class;
		}
		return operator == BinaryExpr.Operator.PLUS && (left == String.class || right == String.class) ? String.class
				: double.class;
	}

	private Type cast(CastExpr cast) {
		Class<?> target = FactModel.CASTS.get(cast.getTypeAsString());
		if (target == null) {
			return refused("guard.cast", cast.getTypeAsString(), cast.getTypeAsString());
		}
		return type(cast.getExpression()) == null ? null : target;
	}

	private Type pointFree(String operator, List<Expression> right, Type left) {
		if (!POINT_FREE.contains(operator.replaceFirst("\\[.*", ""))) {
			return refused("guard.operator", operator, operator);
		}
		if (operator.startsWith("str[") && !STR.contains(operator.substring(4, operator.length() - 1))) {
			return refused("guard.operator", "str", operator);
		}
		if (left == null) {
			return null;
		}
		for (Expression value : right) {
			if (type(value) == null) {
				return null;
			}
		}
		return boolean.class;
	}

	/** A name that stands for a type here: a fact type or Math, never shadowing a property or binding. */
	private Optional<Class<?>> typeName(Expression expr) {
		if (!(expr instanceof NameExpr name) || isProperty(name.getNameAsString())) {
			return Optional.empty();
		}
		String text = name.getNameAsString();
		if (text.equals("String")) {
			return Optional.of(String.class);
		}
		Class<?> cast = FactModel.CASTS.get(text);
		return cast != null ? Optional.of(cast) : FactModel.factType(text);
	}

	private boolean isProperty(String name) {
		return pattern != null && FactModel.property(pattern, name).isPresent();
	}

	private static String simpleName(Type type) {
		return FactModel.raw(type).getSimpleName();
	}

	private Type refused(String code, String near, String... arguments) {
		refuse.accept(new Refused(code, near, List.of(arguments)));
		return null;
	}

}
