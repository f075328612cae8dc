package id.kinerja.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;

import id.kinerja.policy.DrlTokens.Kind;
import id.kinerja.policy.DrlTokens.Token;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What the lint reads from one rule: its patterns, the parameters its bindings stand for, its simple
 * numeric constraints and the conclusions its consequence inserts. Heuristic on purpose: what it cannot
 * read (a compound constraint, a computed bound) it leaves out, so a check never guesses.
 */
final class RuleShape {

	/** {@code field op operand}, the operand a number or a binding; {@code op} reads with the field on the left. */
	record Comparison(String field, String op, String operand, ExprConstraintDescr at) {
	}

	/** {@code new Type( args )} in the consequence, each argument as normalised text. */
	record Concluded(String type, List<String> arguments) {
	}

	private static final Set<String> OPERATORS = Set.of("<", "<=", ">", ">=", "==");

	private final PolicyFile file;

	private final RuleDescr rule;

	private final Map<String, String> parameterBindings = new HashMap<>();

	/** The rules of the rule files, in file order; a file that does not parse has none. */
	static List<RuleShape> of(List<PolicyFile> files) {
		List<RuleShape> rules = new ArrayList<>();
		for (PolicyFile file : files) {
			PackageDescr descr = file.isRules() ? PolicyCompiler.parse(file, new ArrayList<>()) : null;
			if (descr != null) {
				for (RuleDescr rule : descr.getRules()) {
					rules.add(new RuleShape(file, rule));
				}
			}
		}
		return rules;
	}

	RuleShape(PolicyFile file, RuleDescr rule) {
		this.file = file;
		this.rule = rule;
		walk(rule.getLhs(), descr -> {
			if (descr instanceof PatternDescr pattern && isParameter(pattern)) {
				String name = parameterName(pattern);
				pattern.getDescrs().forEach(c -> binding(c).ifPresent(b -> parameterBindings.put(b, name)));
			}
		});
	}

	PolicyFile file() {
		return file;
	}

	String name() {
		return rule.getName();
	}

	RuleDescr descr() {
		return rule;
	}

	/** The problem a check reports about this rule, at its first line. */
	PolicyProblem problem(String message) {
		return problem(rule, message);
	}

	PolicyProblem problem(BaseDescr at, String message) {
		return new PolicyProblem(file.path(), Math.max(at.getLine(), 1), at.getColumn() + 1, message);
	}

	/** Every descriptor of the conditions: patterns, their constraints, sources and nested elements. */
	static void walk(BaseDescr descr, Consumer<BaseDescr> visit) {
		if (descr == null) {
			return;
		}
		visit.accept(descr);
		if (descr instanceof PatternDescr pattern) {
			pattern.getDescrs().forEach(child -> walk((BaseDescr) child, visit));
			walk(pattern.getSource(), visit);
		}
		else if (descr instanceof AccumulateDescr accumulate) {
			walk(accumulate.getInput(), visit);
		}
		else if (descr instanceof CollectDescr collect) {
			walk(collect.getInputPattern(), visit);
		}
		else if (descr instanceof ConditionalElementDescr element) {
			element.getDescrs().forEach(child -> walk((BaseDescr) child, visit));
		}
	}

	List<PatternDescr> patterns() {
		List<PatternDescr> patterns = new ArrayList<>();
		walk(rule.getLhs(), descr -> {
			if (descr instanceof PatternDescr pattern) {
				patterns.add(pattern);
			}
		});
		return patterns;
	}

	/** Patterns that must match for the rule to fire: not under {@code not}, {@code or}, {@code forall} or a source. */
	List<PatternDescr> requiredPatterns() {
		List<PatternDescr> patterns = new ArrayList<>();
		required(rule.getLhs(), patterns);
		return patterns;
	}

	private static void required(BaseDescr descr, List<PatternDescr> patterns) {
		if (descr instanceof PatternDescr pattern) {
			patterns.add(pattern);
		}
		else if (descr instanceof AndDescr || descr instanceof ExistsDescr) {
			((ConditionalElementDescr) descr).getDescrs().forEach(child -> required((BaseDescr) child, patterns));
		}
	}

	/** The top-level elements of the conditions, in order. */
	List<BaseDescr> elements() {
		return rule.getLhs().getDescrs().stream().map(BaseDescr.class::cast).toList();
	}

	static boolean isParameter(PatternDescr pattern) {
		return "Parameter".equals(pattern.getObjectType()) && pattern.getSource() == null;
	}

	/** The name in {@code Parameter( name == "x" )}, or null. */
	static String parameterName(PatternDescr pattern) {
		for (Object child : pattern.getDescrs()) {
			List<Token> tokens = tokens(child);
			if (tokens.size() == 3 && tokens.get(0).is("name") && tokens.get(1).is("==")
					&& tokens.get(2).kind() == Kind.STRING) {
				return tokens.get(2).unquoted();
			}
		}
		return null;
	}

	/** The parameter a binding stands for ({@code $minimal} in {@code Parameter( name == "x", $minimal : value )}), or null. */
	String parameterOf(String binding) {
		return parameterBindings.get(binding);
	}

	/** The value of a number literal or of a binding to a parameter's value. */
	OptionalDouble resolve(String operand, Map<String, ParameterDefinition> parameters) {
		String name = parameterBindings.get(operand);
		if (name != null) {
			ParameterDefinition parameter = parameters.get(name);
			return parameter == null ? OptionalDouble.empty() : OptionalDouble.of(parameter.value());
		}
		try {
			return OptionalDouble.of(Double.parseDouble(operand));
		}
		catch (NumberFormatException ex) {
			return OptionalDouble.empty();
		}
	}

	/** The simple comparisons of one pattern ({@code value >= $minimal}, {@code $a : score < 3}, {@code 90 <= value}). */
	static List<Comparison> comparisons(PatternDescr pattern) {
		List<Comparison> comparisons = new ArrayList<>();
		for (Object child : pattern.getDescrs()) {
			if (child instanceof ExprConstraintDescr constraint) {
				Comparison comparison = comparison(constraint);
				if (comparison != null) {
					comparisons.add(comparison);
				}
			}
		}
		return comparisons;
	}

	private static Comparison comparison(ExprConstraintDescr constraint) {
		List<Token> tokens = tokens(constraint);
		if (tokens.size() > 2 && tokens.get(0).isWord() && tokens.get(1).is(":")) {
			tokens = tokens.subList(2, tokens.size());
		}
		if (tokens.size() == 4 && tokens.get(2).is("-") && tokens.get(3).kind() == Kind.NUMBER) {
			tokens = List.of(tokens.get(0), tokens.get(1), negative(tokens.get(3)));
		}
		if (tokens.size() != 3 || !OPERATORS.contains(tokens.get(1).text())) {
			return null;
		}
		Token left = tokens.get(0);
		Token right = tokens.get(2);
		if (field(left) && operand(right)) {
			return new Comparison(left.text(), tokens.get(1).text(), right.text(), constraint);
		}
		if (operand(left) && field(right)) {
			return new Comparison(right.text(), mirrored(tokens.get(1).text()), left.text(), constraint);
		}
		return null;
	}

	private static Token negative(Token number) {
		return new Token(Kind.NUMBER, "-" + number.text(), number.offset(), number.line(), number.column());
	}

	private static boolean field(Token token) {
		return token.isWord() && !token.text().startsWith("$");
	}

	private static boolean operand(Token token) {
		return token.kind() == Kind.NUMBER || (token.isWord() && token.text().startsWith("$"));
	}

	private static String mirrored(String op) {
		return switch (op) {
			case "<" -> ">";
			case "<=" -> ">=";
			case ">" -> "<";
			case ">=" -> "<=";
			default -> op;
		};
	}

	/** The binding a constraint declares ({@code $x : value}), if any. */
	static Optional<String> binding(Object constraint) {
		List<Token> tokens = tokens(constraint);
		if (tokens.size() > 2 && tokens.get(0).isWord() && tokens.get(1).is(":")) {
			return Optional.of(tokens.get(0).text());
		}
		return Optional.empty();
	}

	static List<Token> tokens(Object constraint) {
		return constraint instanceof ExprConstraintDescr expr ? DrlTokens.of(expr.getExpression()) : List.of();
	}

	/** The conclusions the consequence creates, {@code new WorkScore( $nip, ... )}, with their arguments. */
	List<Concluded> conclusions() {
		List<Token> tokens = DrlTokens.of(String.valueOf(rule.getConsequence()));
		List<Concluded> concluded = new ArrayList<>();
		for (int i = 0; i + 2 < tokens.size(); i++) {
			if (tokens.get(i).is("new") && FactModel.FACT_TYPES.containsKey(tokens.get(i + 1).text())
					&& tokens.get(i + 2).is("(")) {
				concluded.add(new Concluded(tokens.get(i + 1).text(), arguments(tokens, i + 3)));
			}
		}
		return concluded;
	}

	private static List<String> arguments(List<Token> tokens, int from) {
		List<String> arguments = new ArrayList<>();
		StringBuilder argument = new StringBuilder();
		int depth = 0;
		for (int i = from; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (depth == 0 && (token.is(",") || token.is(")"))) {
				arguments.add(argument.toString().strip());
				argument.setLength(0);
				if (token.is(")")) {
					break;
				}
				continue;
			}
			depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
			argument.append(token.text()).append(' ');
		}
		return arguments;
	}

	/** The raw text of a descriptor, from the file. */
	String text(BaseDescr descr) {
		int start = descr.getStartCharacter();
		int end = descr.getEndCharacter();
		String content = file.content();
		return start < 0 || end <= start || end > content.length() ? "" : content.substring(start, end);
	}

	/**
	 * Text compared between rules: tokens without layout or comments, bindings renamed in order of first
	 * use ({@code $1}, {@code $2}), so {@code $nip} and {@code $n} read the same.
	 */
	static String normalised(String text, Map<String, String> renamed) {
		StringBuilder normalised = new StringBuilder();
		for (Token token : DrlTokens.of(text)) {
			String word = token.text();
			if (token.isWord() && word.startsWith("$")) {
				word = renamed.computeIfAbsent(word, w -> "$" + (renamed.size() + 1));
			}
			normalised.append(word).append(' ');
		}
		return normalised.toString().strip();
	}

	/** The conditions as normalised text; pass the same renaming to normalise the conclusions after them. */
	String normalisedConditions(Map<String, String> renamed) {
		return normalised(text(rule.getLhs()), renamed);
	}

}
