package id.kinerja.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import id.kinerja.policy.RuleShape.Comparison;
import id.kinerja.policy.RuleShape.Concluded;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Numeric ranges in rule conditions. Rules that decide one conclusion from bands of one score
 * ({@code WorkScore( value >= $minimal, value < $diAtas )}) must leave no score between two bands
 * undecided and must not decide one score twice, differently; and the constraints of one pattern must
 * be able to hold together. Bounds are number literals or parameters, read with the scope's values.
 */
final class ScoreBands {

	/** A set of numbers between two bounds, each included or not; infinite when unbounded. */
	record Interval(double low, boolean lowIncluded, double high, boolean highIncluded) {

		static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

		Interval and(String op, double bound) {
			return switch (op) {
				case ">=", ">" -> bound > low || (bound == low && op.equals(">")) ? new Interval(bound, op.equals(">="), high, highIncluded) : this;
				case "<=", "<" -> bound < high || (bound == high && op.equals("<")) ? new Interval(low, lowIncluded, bound, op.equals("<=")) : this;
				case "==" -> and(">=", bound).and("<=", bound);
				default -> this;
			};
		}

		Interval and(Interval other) {
			return and(other.lowIncluded ? ">=" : ">", other.low).and(other.highIncluded ? "<=" : "<", other.high);
		}

		boolean isEmpty() {
			return low > high || (low == high && !(lowIncluded && highIncluded));
		}

		/** The interval as an officer writes it: {@code value >= 90 dan value < 110}. */
		String describe(String field) {
			if (low == high) {
				return field + " == " + number(low);
			}
			List<String> parts = new ArrayList<>();
			if (low != Double.NEGATIVE_INFINITY) {
				parts.add(field + (lowIncluded ? " >= " : " > ") + number(low));
			}
			if (high != Double.POSITIVE_INFINITY) {
				parts.add(field + (highIncluded ? " <= " : " < ") + number(high));
			}
			return String.join(" dan ", parts);
		}

	}

	/** One rule's band: where it decides, and what. */
	private record Band(RuleShape rule, Interval interval, String decision) {
	}

	private ScoreBands() {
	}

	static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** Constraints of one pattern on one field that no value meets: the rule never fires. */
	static List<PolicyProblem> contradictions(RuleShape rule, Map<String, ParameterDefinition> parameters) {
		List<PolicyProblem> problems = new ArrayList<>();
		for (PatternDescr pattern : rule.patterns()) {
			Map<String, Interval> fields = new LinkedHashMap<>();
			Map<String, List<String>> written = new LinkedHashMap<>();
			for (Comparison comparison : RuleShape.comparisons(pattern)) {
				OptionalDouble bound = rule.resolve(comparison.operand(), parameters);
				if (bound.isPresent()) {
					fields.merge(comparison.field(), Interval.ALL.and(comparison.op(), bound.getAsDouble()), Interval::and);
					written.computeIfAbsent(comparison.field(), f -> new ArrayList<>())
						.add(comparison.field() + " " + comparison.op() + " " + number(bound.getAsDouble()));
				}
			}
			fields.forEach((field, interval) -> {
				if (interval.isEmpty()) {
					problems.add(rule.problem(pattern, "syarat " + String.join(", ", written.get(field)) + " pada "
							+ pattern.getObjectType() + " tidak mungkin terpenuhi bersama: aturan \"" + rule.name()
							+ "\" tidak akan pernah berjalan"));
				}
			});
		}
		return problems;
	}

	/** Bands of rules with the same other conditions that leave a gap between them or overlap, deciding differently. */
	static List<PolicyProblem> gapsAndOverlaps(List<RuleShape> rules, Map<String, ParameterDefinition> parameters) {
		Map<String, List<Band>> groups = new LinkedHashMap<>();
		for (RuleShape rule : rules) {
			bands(rule, parameters, groups);
		}
		List<PolicyProblem> problems = new ArrayList<>();
		groups.forEach((key, bands) -> {
			if (bands.size() > 1) {
				String[] parts = key.split("\\|", 4);
				bands.sort(Comparator.comparingDouble((Band b) -> b.interval().low()).thenComparing(b -> !b.interval().lowIncluded()));
				overlaps(bands, parts[0], parts[1], parts[2], problems);
				gaps(bands, parts[0], parts[1], parts[2], problems);
			}
		});
		return problems;
	}

	/** Adds the rule's band to its group: conclusion, score pattern and field, and the other conditions. */
	private static void bands(RuleShape rule, Map<String, ParameterDefinition> parameters, Map<String, List<Band>> groups) {
		PatternDescr scored = null;
		List<Comparison> ranges = List.of();
		for (BaseDescr element : rule.elements()) {
			if (element instanceof PatternDescr pattern && pattern.getSource() == null && !RuleShape.isParameter(pattern)) {
				List<Comparison> found = RuleShape.comparisons(pattern).stream().filter(c -> !c.op().equals("==")).toList();
				if (!found.isEmpty()) {
					if (scored != null || found.stream().map(Comparison::field).distinct().count() > 1) {
						return; // more than one dimension: not a band
					}
					scored = pattern;
					ranges = found;
				}
			}
		}
		if (scored == null) {
			return;
		}
		Interval interval = Interval.ALL;
		for (Comparison range : ranges) {
			OptionalDouble bound = rule.resolve(range.operand(), parameters);
			if (bound.isEmpty()) {
				return;
			}
			interval = interval.and(range.op(), bound.getAsDouble());
		}
		Map<String, String> renamed = new LinkedHashMap<>();
		String others = otherConditions(rule, scored, ranges, renamed);
		for (Concluded concluded : rule.conclusions()) {
			if (FactModel.CONCLUSIONS.contains(concluded.type())) {
				String key = concluded.type() + "|" + scored.getObjectType() + "|" + ranges.get(0).field() + "|" + others;
				String decision = RuleShape.normalised(String.join(" , ", concluded.arguments()), renamed);
				groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Band(rule, interval, decision));
			}
		}
	}

	/** Every condition but the parameters and the band's own range, normalised. */
	private static String otherConditions(RuleShape rule, PatternDescr scored, List<Comparison> ranges,
			Map<String, String> renamed) {
		StringBuilder text = new StringBuilder();
		for (BaseDescr element : rule.elements()) {
			if (element == scored) {
				text.append(scored.getIdentifier()).append(' ').append(scored.getObjectType()).append('(');
				scored.getDescrs().stream()
					.filter(c -> ranges.stream().noneMatch(r -> r.at() == c))
					.forEach(c -> text.append(rule.text((BaseDescr) c)).append(','));
				text.append(") ");
			}
			else if (!(element instanceof PatternDescr pattern && RuleShape.isParameter(pattern))) {
				text.append(rule.text(element)).append(' ');
			}
		}
		return RuleShape.normalised(text.toString(), renamed);
	}

	private static void overlaps(List<Band> bands, String conclusion, String type, String field,
			List<PolicyProblem> problems) {
		for (int i = 0; i < bands.size(); i++) {
			for (int j = i + 1; j < bands.size(); j++) {
				Band a = bands.get(i);
				Band b = bands.get(j);
				Interval both = a.interval().and(b.interval());
				if (!both.isEmpty() && !a.decision().equals(b.decision())) {
					problems.add(b.rule().problem("tumpang tindih pada " + type + "." + field + ": aturan \""
							+ a.rule().name() + "\" dan \"" + b.rule().name() + "\" memutuskan " + conclusion
							+ " berbeda untuk " + both.describe(field)));
				}
			}
		}
	}

	private static void gaps(List<Band> bands, String conclusion, String type, String field, List<PolicyProblem> problems) {
		Band reach = bands.get(0);
		for (Band next : bands.subList(1, bands.size())) {
			Interval covered = reach.interval();
			Interval gap = new Interval(covered.high(), !covered.highIncluded(), next.interval().low(),
					!next.interval().lowIncluded());
			if (!gap.isEmpty()) {
				problems.add(next.rule().problem("celah pada " + type + "." + field + ": tidak ada aturan yang memutuskan "
						+ conclusion + " untuk " + gap.describe(field) + ", di antara aturan \"" + reach.rule().name()
						+ "\" dan \"" + next.rule().name() + "\""));
			}
			if (next.interval().high() > covered.high()
					|| (next.interval().high() == covered.high() && next.interval().highIncluded())) {
				reach = next;
			}
		}
	}

}
