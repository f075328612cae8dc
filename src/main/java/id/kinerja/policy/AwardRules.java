package id.kinerja.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.policy.AwardRule.Condition;
import id.kinerja.policy.DrlTokens.Kind;
import id.kinerja.policy.DrlTokens.Token;
import id.kinerja.policy.RuleShape.Comparison;
import id.kinerja.policy.RuleShape.Concluded;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Reads the award rules of a policy's files: the rules whose consequence inserts an {@code Award} with a
 * literal code, and the comparisons of their conditions. Like the lint, it leaves out what it cannot read
 * (a computed code, a compound constraint without a parameter) rather than guess.
 */
final class AwardRules {

	private static final Set<String> OPERATORS = Set.of("<", "<=", ">", ">=", "==", "!=");

	private AwardRules() {
	}

	static List<AwardRule> of(List<PolicyFile> files) {
		List<RuleShape> rules = RuleShape.of(files);
		List<AwardRule> awards = new ArrayList<>();
		for (RuleShape rule : rules) {
			if (replacedInRegion(rule, rules)) {
				continue;
			}
			for (Concluded award : rule.conclusions()) {
				String code = award.type().equals("Award") && award.arguments().size() == 3
						? literal(award.arguments().get(1)) : null;
				if (code != null) {
					PolicyFile file = rule.file();
					awards.add(new AwardRule(code, literal(award.arguments().get(2)),
							new FiredRule(rule.name(), file.path(), file.layer()), file.agency(),
							replacedIn(rule, rules), conditions(rule)));
				}
			}
		}
		return awards;
	}

	/** A national rule replaced by a region rule of the same name does not apply anywhere. */
	private static boolean replacedInRegion(RuleShape rule, List<RuleShape> rules) {
		return rule.file().layer() == Layer.NATIONAL && rules.stream()
			.anyMatch(other -> other.file().layer() == Layer.REGION && other.name().equals(rule.name()));
	}

	private static Set<String> replacedIn(RuleShape rule, List<RuleShape> rules) {
		Set<String> agencies = new HashSet<>();
		if (rule.file().layer() != Layer.AGENCY) {
			rules.stream()
				.filter(other -> other.file().layer() == Layer.AGENCY && other.name().equals(rule.name()))
				.forEach(other -> agencies.add(other.file().agency()));
		}
		return agencies;
	}

	/** {@code "X"} as a normalised argument: a lone string literal. */
	private static String literal(String argument) {
		List<Token> tokens = DrlTokens.of(argument);
		return tokens.size() == 1 && tokens.get(0).kind() == Kind.STRING ? tokens.get(0).unquoted() : null;
	}

	private static List<Condition> conditions(RuleShape rule) {
		List<Condition> conditions = new ArrayList<>();
		for (PatternDescr pattern : rule.patterns()) {
			if (RuleShape.isParameter(pattern)) {
				continue;
			}
			String indicator = indicatorCode(pattern);
			Map<Object, Comparison> simple = new HashMap<>();
			RuleShape.comparisons(pattern).forEach(c -> simple.put(c.at(), c));
			for (Object child : pattern.getDescrs()) {
				if (child instanceof ExprConstraintDescr constraint) {
					Condition condition = condition(rule, pattern, constraint, simple.get(constraint), indicator);
					if (condition != null) {
						conditions.add(condition);
					}
				}
			}
		}
		return conditions;
	}

	private static Condition condition(RuleShape rule, PatternDescr pattern, ExprConstraintDescr constraint,
			Comparison simple, String indicator) {
		List<Token> tokens = RuleShape.tokens(constraint);
		int used = -1;
		for (int i = 0; i < tokens.size() && used < 0; i++) {
			used = tokens.get(i).isWord() && rule.parameterOf(tokens.get(i).text()) != null ? i : -1;
		}
		String text = constraint.getExpression().strip();
		if (used >= 0) {
			return new Condition(pattern.getObjectType(), field(tokens), operator(tokens, used),
					rule.parameterOf(tokens.get(used).text()), null, indicator, text);
		}
		if (simple != null && !simple.operand().startsWith("$")) {
			return new Condition(pattern.getObjectType(), simple.field(), simple.op(), null,
					Double.valueOf(simple.operand()), indicator, text);
		}
		return null;
	}

	/** The field a constraint starts with, after a binding ({@code $r : realisation <= ...}). */
	private static String field(List<Token> tokens) {
		int from = tokens.size() > 2 && tokens.get(1).is(":") ? 2 : 0;
		return from < tokens.size() && tokens.get(from).isWord() && !tokens.get(from).text().startsWith("$")
				? tokens.get(from).text() : null;
	}

	/** The comparison the parameter is used in: the last operator before it. */
	private static String operator(List<Token> tokens, int used) {
		for (int i = used - 1; i >= 0; i--) {
			if (OPERATORS.contains(tokens.get(i).text())) {
				return tokens.get(i).text();
			}
		}
		return null;
	}

	/** {@code code == "PASIEN_DILAYANI"} in an {@code Indicator} pattern. */
	private static String indicatorCode(PatternDescr pattern) {
		if (!"Indicator".equals(pattern.getObjectType())) {
			return null;
		}
		for (Object child : pattern.getDescrs()) {
			List<Token> tokens = RuleShape.tokens(child);
			if (tokens.size() == 3 && tokens.get(0).is("code") && tokens.get(1).is("==")
					&& tokens.get(2).kind() == Kind.STRING) {
				return tokens.get(2).unquoted();
			}
		}
		return null;
	}

}
