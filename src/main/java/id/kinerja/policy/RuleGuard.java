package id.kinerja.policy;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.ParseResult;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.Providers;

/**
 * The allow-list that every rule file passes before it is compiled: the file is parsed into Drools'
 * descriptors, every expression into a syntax tree (Drools' own DRLX parser for conditions, the Java parser
 * for consequences), and the trees are walked with types. Only what a policy needs is accepted; anything
 * else is refused with its file, line, column and the construct, before anything of the file runs.
 * <ul>
 * <li>patterns over the fact model's records, bound to names that start with {@code $};</li>
 * <li>conditions of literals, arithmetic, comparisons, logic, the conditional operator, the facts'
 * properties and helper methods, and the members listed in {@link FactModel};</li>
 * <li>{@code from} only over a fact's own list; {@code accumulate} only with its built-in functions;</li>
 * <li>consequences that only {@code insert( new <Conclusion>( ... ) )};</li>
 * <li>literal {@code salience} and {@code no-loop} as the only attributes;</li>
 * <li>every pattern after the first of a rule linked to an earlier one or narrowed by a value, so no rule
 * joins every fact with every other.</li>
 * </ul>
 */
final class RuleGuard {

	private static final Pattern BINDING = Pattern.compile("\\$[A-Za-z][A-Za-z0-9_]{0,59}");

	private static final Pattern SALIENCE = Pattern.compile("-?\\d{1,6}");

	private static final Set<String> FUNCTIONS = Set.of("sum", "count", "min", "max", "average", "collectList",
			"collectSet");

	/** A constraint that binds its value: {@code $nip : nip}, not {@code :=} (unification). */
	private static final Pattern BOUND = Pattern.compile("\\s*([^\\s:?]+)\\s*:(?!=)(.*)", Pattern.DOTALL);

	private final PolicyFile file;

	private final RuleText.Lines lines;

	private final List<PolicyProblem> problems = new ArrayList<>();

	private RuleGuard(PolicyFile file) {
		this.file = file;
		this.lines = RuleText.Lines.of(file.content());
	}

	/** The problems that keep a parsed rule file out of the engine, in file order; empty when it may run. */
	static List<PolicyProblem> check(PolicyFile file, PackageDescr descr) {
		RuleGuard guard = new RuleGuard(file);
		guard.declarations(descr);
		for (RuleDescr rule : descr.getRules()) {
			guard.rule(rule);
		}
		return guard.problems.stream()
			.distinct()
			.sorted((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
					: Integer.compare(a.column(), b.column()))
			.toList();
	}

	// ---- the file and its rules

	private void declarations(PackageDescr descr) {
		if (descr.getName() != null && !descr.getName().isBlank()) {
			refuse(1, 1, "guard.declaration", "package");
		}
		descr.getImports().forEach(d -> refuse(d, "guard.declaration", "import"));
		descr.getFunctionImports().forEach(d -> refuse(d, "guard.declaration", "import function"));
		descr.getAccumulateImports().forEach(d -> refuse(d, "guard.declaration", "import accumulate"));
		descr.getFunctions().forEach(d -> refuse(d, "guard.declaration", "function"));
		descr.getGlobals().forEach(d -> refuse(d, "guard.declaration", "global"));
		descr.getTypeDeclarations().forEach(d -> refuse(d, "guard.declaration", "declare"));
		descr.getEnumDeclarations().forEach(d -> refuse(d, "guard.declaration", "declare enum"));
		descr.getEntryPointDeclarations().forEach(d -> refuse(d, "guard.declaration", "entry-point"));
		descr.getWindowDeclarations().forEach(d -> refuse(d, "guard.declaration", "window"));
		descr.getAttributes().forEach(d -> refuse(d, "guard.attribute", d.getName()));
		if (descr.getUnit() != null) {
			refuse(descr.getUnit(), "guard.declaration", "unit");
		}
	}

	private void rule(RuleDescr rule) {
		if (rule instanceof QueryDescr) {
			refuse(rule, "guard.declaration", "query");
			return;
		}
		rule.getAttributes().values().forEach(this::attribute);
		if (rule.getParentName() != null) {
			refuse(rule, "guard.declaration", "extends");
		}
		if (!rule.getNamedConsequences().isEmpty()) {
			refuse(rule, "guard.declaration", "then[...]");
		}
		if (!rule.getAnnotations().isEmpty()) {
			refuse(rule, "guard.declaration", "@" + rule.getAnnotationNames().iterator().next());
		}
		Rule state = new Rule();
		element(rule.getLhs(), state, new Group());
		consequence(rule, state);
	}

	private void attribute(AttributeDescr attribute) {
		String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
		boolean literal = switch (attribute.getName()) {
			case "salience" -> SALIENCE.matcher(value).matches();
			case "no-loop" -> value.equals("true") || value.equals("false");
			case "dialect" -> value.equals("java");
			default -> false;
		};
		if (!literal) {
			refuse(attribute, "guard.attribute", attribute.getName() + " " + value);
		}
	}

	// ---- conditions

	/** What one rule has bound so far. */
	private static final class Rule {

		final Map<String, Type> bindings = new HashMap<>();

	}

	/**
	 * Patterns joined together: the rule's own, or those inside one {@code not}, {@code exists},
	 * {@code forall} or {@code accumulate}. One of them may match without a link; a second would multiply.
	 */
	private static final class Group {

		boolean unlinked;

	}

	private void element(BaseDescr descr, Rule rule, Group group) {
		if (descr instanceof AndDescr || descr instanceof OrDescr) {
			for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
				element(child, rule, group);
			}
		}
		else if (descr instanceof NotDescr || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
			Group inner = new Group();
			for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
				element(child, rule, inner);
			}
		}
		else if (descr instanceof PatternDescr pattern) {
			pattern(pattern, rule, group);
		}
		else if (descr instanceof EvalDescr eval) {
			expression(eval.getContent().toString(), eval, null, rule);
		}
		else {
			refuse(descr, "guard.element", descr.getClass().getSimpleName().replace("Descr", ""));
		}
	}

	private void pattern(PatternDescr pattern, Rule rule, Group group) {
		if (pattern.getSource() instanceof AccumulateDescr accumulate) {
			accumulate(accumulate, rule);
			constraints(pattern, null, rule, Set.of());
			return;
		}
		Class<?> type = FactModel.factType(pattern.getObjectType()).filter(Class::isRecord).orElse(null);
		if (type == null) {
			refuse(pattern, "guard.fact-type", pattern.getObjectType());
			return;
		}
		if (pattern.isQuery() || pattern.isUnification() || !pattern.getBehaviors().isEmpty()) {
			refuse(pattern, "guard.element", pattern.isQuery() ? "query" : pattern.isUnification() ? ":=" : "window");
		}
		Set<String> earlier = Set.copyOf(rule.bindings.keySet());
		if (pattern.getSource() instanceof FromDescr from) {
			from(from, pattern, type, rule);
		}
		else if (pattern.getSource() != null) {
			refuse(pattern, "guard.element", pattern.getSource().getText());
		}
		if (pattern.getIdentifier() != null) {
			bind(pattern.getIdentifier(), type, pattern, rule);
		}
		if (!constraints(pattern, type, rule, earlier)) {
			if (group.unlinked) {
				refuse(pattern, "guard.cross-join", pattern.getObjectType());
			}
			group.unlinked = true;
		}
	}

	/**
	 * Checks each constraint of a pattern; true when one of them links it to a binding made before it
	 * ({@code nip == $nip}) or, for a fact that is not one per employee, narrows it by a value
	 * ({@code name == "capaian.maksimum"}).
	 */
	private boolean constraints(PatternDescr pattern, Class<?> type, Rule rule, Set<String> earlier) {
		boolean linked = false;
		for (BaseDescr constraint : pattern.getDescrs()) {
			if (constraint instanceof ExprConstraintDescr expr) {
				Condition parsed = expression(expr.getExpression(), expr, type, rule);
				linked |= parsed != null && type != null
						&& Links.links(parsed.expr(), earlier, !FactModel.perEmployee(type));
			}
			else {
				refuse(constraint, "guard.element", constraint.getText());
			}
		}
		return linked;
	}

	private void from(FromDescr from, PatternDescr pattern, Class<?> type, Rule rule) {
		String source = from.getDataSource() == null ? "" : from.getDataSource().getText();
		Expression expr = parse(source, pattern);
		if (expr == null) {
			return;
		}
		Class<?> element = Typer.element(expr, rule.bindings).orElse(null);
		if (element == null) {
			refuse(at(pattern, source), "guard.from", source);
		}
		else if (!element.equals(type)) {
			refuse(at(pattern, source), "guard.from-type", source, type.getSimpleName());
		}
	}

	private void accumulate(AccumulateDescr accumulate, Rule rule) {
		if (!accumulate.isExternalFunction()) {
			refuse(accumulate, "guard.accumulate-code");
			return;
		}
		element(accumulate.getInput(), rule, new Group());
		for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
			if (!FUNCTIONS.contains(function.getFunction())) {
				refuse(at(accumulate, function.getFunction()), "guard.accumulate-function", function.getFunction());
				continue;
			}
			for (String parameter : function.getParams()) {
				typed(parameter, accumulate, null, rule);
			}
			if (function.getBind() != null) {
				bind(function.getBind(), Typer.function(function.getFunction()), accumulate, rule);
			}
		}
	}

	/** A condition as parsed: its binding's name, if it has one, and the expression. */
	private record Condition(String bind, Expression expr) {
	}

	/** Parses and types one condition expression, binding its name if it has one; null when refused. */
	private Condition expression(String text, BaseDescr at, Class<?> pattern, Rule rule) {
		Condition parsed = condition(text, at);
		if (parsed == null) {
			return null;
		}
		Type type = new Typer(pattern, rule.bindings, problem -> refuse(at(at, problem.near()), problem.code(),
				problem.arguments()))
			.type(parsed.expr());
		if (parsed.bind() != null && type != null) {
			bind(parsed.bind(), type, at, rule);
		}
		return type == null ? null : parsed;
	}

	private void typed(String text, BaseDescr at, Class<?> pattern, Rule rule) {
		Expression expr = parse(text, at);
		if (expr != null) {
			new Typer(pattern, rule.bindings,
					problem -> refuse(at(at, problem.near()), problem.code(), problem.arguments()))
				.type(expr);
		}
	}

	private Expression parse(String text, BaseDescr at) {
		Condition parsed = condition(text, at);
		if (parsed != null && parsed.bind() != null) {
			refuse(at(at, text), "guard.syntax", text.strip());
			return null;
		}
		return parsed == null ? null : parsed.expr();
	}

	/**
	 * Parses a condition whole, with the expression parser Drools ships: a parse that must reach the end of
	 * the text, since the parser for DRL conditions stops quietly at the first token it cannot place
	 * ({@code this.class.classLoader} would read as {@code this}).
	 */
	private Condition condition(String text, BaseDescr at) {
		String bind = null;
		String expression = text;
		Matcher bound = BOUND.matcher(text);
		if (bound.matches()) {
			bind = bound.group(1);
			expression = bound.group(2);
		}
		ParseResult<Expression> result = new MvelParser().parse(ParseStart.EXPRESSION, Providers.provider(expression));
		if (!result.isSuccessful() || result.getResult().isEmpty()) {
			refuse(at(at, text), "guard.syntax", text.strip());
			return null;
		}
		return new Condition(bind, result.getResult().get());
	}

	private void bind(String name, Type type, BaseDescr at, Rule rule) {
		if (!BINDING.matcher(name).matches()) {
			refuse(at(at, name), "guard.binding-name", name);
			return;
		}
		rule.bindings.put(name, type);
	}

	// ---- consequences

	/** A consequence is a list of {@code insert( new <Conclusion>( ... ) );} and nothing else. */
	private void consequence(RuleDescr rule, Rule state) {
		String text = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
		int start = Math.max(0, file.content().indexOf(text, Math.max(0, rule.getLhs().getEndCharacter())));
		BlockStmt block;
		try {
			block = StaticJavaParser.parseBlock("{" + text + "\n}");
		}
		catch (ParseProblemException ex) {
			refuse(lines.line(start), lines.column(start), "guard.syntax", text.strip());
			return;
		}
		for (Statement statement : block.getStatements()) {
			ObjectCreationExpr created = inserted(statement);
			int offset = start + statement.getBegin().map(p -> offsetIn(text, p.line, p.column - 1) - 1).orElse(0);
			if (created == null) {
				refuse(lines.line(offset), lines.column(offset), "guard.then", firstLine(file.content().substring(offset)));
				continue;
			}
			Class<?> type = FactModel.factType(created.getTypeAsString()).filter(FactModel::insertable).orElse(null);
			if (type == null || created.getScope().isPresent() || created.getAnonymousClassBody().isPresent()
					|| created.getTypeArguments().isPresent()) {
				refuse(lines.line(offset), lines.column(offset), "guard.insert-type", created.getTypeAsString());
				continue;
			}
			for (Expression argument : created.getArguments()) {
				new Typer(null, state.bindings, problem -> {
					int near = Math.max(offset, file.content().indexOf(problem.near(), offset));
					refuse(lines.line(near), lines.column(near), problem.code(), problem.arguments());
				}).type(argument);
			}
		}
	}

	/** The fact a statement inserts, when the statement is {@code insert( new X( ... ) );}. */
	private static ObjectCreationExpr inserted(Statement statement) {
		if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof MethodCallExpr call
				&& call.getScope().isEmpty() && call.getNameAsString().equals("insert") && call.getArguments().size() == 1
				&& call.getTypeArguments().isEmpty() && call.getArgument(0) instanceof ObjectCreationExpr created) {
			return created;
		}
		return null;
	}

	/** The offset of a 1-based line and 0-based column in the consequence text (the block adds a brace). */
	private static int offsetIn(String text, int line, int column) {
		int offset = 0;
		for (int i = 1; i < line && offset >= 0; i++) {
			offset = text.indexOf('\n', offset) + 1;
			if (offset == 0) {
				return text.length();
			}
		}
		return offset + column;
	}

	private static String firstLine(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		return line.length() > 80 ? line.substring(0, 80) + "…" : line;
	}

	// ---- where, and refusing

	/** A point to report: the first place after a descriptor's start where {@code near} is written. */
	private int at(BaseDescr descr, String near) {
		int start = descr.getStartCharacter() >= 0 ? descr.getStartCharacter()
				: lines.offset(descr.getLine(), descr.getColumn());
		int found = near == null || near.isBlank() ? -1 : file.content().indexOf(near, start);
		return found >= 0 ? found : start;
	}

	private void refuse(BaseDescr descr, String code, Object... arguments) {
		int offset = descr.getStartCharacter() >= 0 ? descr.getStartCharacter()
				: lines.offset(descr.getLine(), descr.getColumn());
		refuse(offset, code, arguments);
	}

	private void refuse(int offset, String code, Object... arguments) {
		refuse(lines.line(offset), lines.column(offset), code, arguments);
	}

	private void refuse(int line, int column, String code, Object... arguments) {
		problems.add(PolicyProblem.of(file.path(), line, column, code, arguments));
	}

	private void refuse(int offset, String code, List<String> arguments) {
		refuse(offset, code, arguments.toArray());
	}

}
