package id.kinerja.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.policy.AwardRule;
import id.kinerja.policy.AwardRule.Condition;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.ParameterDefinition;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.recommendation.NearMiss.Figure;

/**
 * Who fell short of an award, of which condition, by how much. For each parameter an award rule's
 * conditions use, the employees without the award are evaluated again with that parameter alone relaxed,
 * first by the largest step (10% of its valid range) in both directions; the direction that adds holders
 * is kept, and those it adds are tried at the smaller steps (2%, 5%) to find the least relaxation that
 * makes them qualify. A condition on years of service is tried one year on. Nothing else is changed:
 * the employees' facts are as they are, the policy the one given.
 */
final class NearMisses {

	/** Relaxation steps, as fractions of a parameter's valid range, smallest first. */
	static final double[] STEPS = { 0.02, 0.05, 0.10 };

	static final String YEARS_OF_SERVICE = "yearsOfService";

	private static final String LEFT = "(\\$\\w+\\s*:\\s*)?\\w+\\s*(<|<=|>|>=)\\s*";

	/** A binding used, not declared ({@code $minimal}, not {@code $ikm :}). */
	private static final Pattern USED_BINDING = Pattern.compile("\\$\\w+\\b(?!\\s*:)");

	/** {@code value >= $minimal}: the figure is compared with the parameter directly. */
	private static final Pattern DIRECT = Pattern.compile(LEFT + "\\$\\w+");

	/** {@code realisation >= target * $minimal / 100}: the indicator's achievement is compared with it. */
	private static final Pattern ACHIEVEMENT = Pattern.compile(LEFT + "target\\s*\\*\\s*\\$\\w+\\s*/\\s*100");

	/** {@code realisation <= target + $excess}: how far the realisation is above (or below) the target. */
	private static final Pattern EXCESS = Pattern.compile(LEFT + "target\\s*[+]\\s*\\$\\w+");

	static final Comparator<NearMiss> CLOSEST_FIRST = Comparator
		.comparing(NearMiss::relaxation, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(NearMiss::shortBy, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(NearMiss::agency)
		.thenComparing(NearMiss::nip);

	private final CompiledPolicy policy;

	private final List<AwardRule> rules;

	private final Map<String, StoredResult> stored;

	/**
	 * @param rules the award rules to look at
	 * @param stored the run's stored results by NIP: who holds an award, and their scores
	 */
	NearMisses(CompiledPolicy policy, List<AwardRule> rules, Map<String, StoredResult> stored) {
		this.policy = policy;
		this.rules = rules;
		this.stored = stored;
	}

	/** The near-misses among one agency's employees. */
	List<NearMiss> of(String agency, List<Employee> employees) {
		List<AwardRule> applying = rules.stream().filter(r -> r.appliesTo(agency)).toList();
		List<Employee> evaluated = employees.stream().filter(e -> stored.containsKey(e.nip())).toList();
		if (applying.isEmpty() || evaluated.isEmpty()) {
			return List.of();
		}
		// who holds it under the policy as it is: data or policy may have changed since the run
		Map<String, Set<String>> holdingNow = holders(policy, agency, evaluated);
		List<NearMiss> misses = new ArrayList<>();
		for (AwardRule rule : applying) {
			List<Employee> without = evaluated.stream()
				.filter(e -> !stored.get(e.nip()).holds(rule.code()) && !holdingNow.get(e.nip()).contains(key(rule)))
				.toList();
			if (without.isEmpty()) {
				continue;
			}
			for (String parameter : rule.parameters()) {
				misses.addAll(relaxing(rule, parameter, agency, without));
			}
			misses.addAll(nextYear(rule, agency, without));
		}
		return misses;
	}

	private List<NearMiss> relaxing(AwardRule rule, String parameter, String agency, List<Employee> without) {
		ParameterDefinition definition = policy.parameters(agency).get(parameter);
		if (definition == null || definition.max() <= definition.min()) {
			return List.of();
		}
		double widest = STEPS[STEPS.length - 1];
		List<Employee> up = gained(rule, agency, without, parameter, relaxed(definition, 1, widest));
		List<Employee> down = gained(rule, agency, without, parameter, relaxed(definition, -1, widest));
		int direction = up.size() >= down.size() ? 1 : -1;
		List<Employee> remaining = new ArrayList<>(direction > 0 ? up : down);
		List<NearMiss> misses = new ArrayList<>();
		for (double step : STEPS) {
			if (remaining.isEmpty()) {
				break;
			}
			double value = relaxed(definition, direction, step);
			List<Employee> qualify = step == widest ? List.copyOf(remaining)
					: gained(rule, agency, remaining, parameter, value);
			for (Employee employee : qualify) {
				misses.add(miss(rule, parameter, definition, employee, value, step));
			}
			remaining.removeAll(qualify);
		}
		return misses;
	}

	private NearMiss miss(AwardRule rule, String parameter, ParameterDefinition definition, Employee employee,
			double value, double step) {
		List<Condition> conditions = rule.conditions().stream().filter(c -> parameter.equals(c.parameter())).toList();
		List<Figure> figures = new ArrayList<>();
		Double shortBy = null;
		for (Condition condition : conditions) {
			Figure figure = figure(condition, employee);
			if (figure != null) {
				figures.add(figure);
				Double shortfall = shortfall(condition, figure, definition.value());
				if (shortfall != null && (shortBy == null || shortfall > shortBy)) {
					shortBy = shortfall;
				}
			}
		}
		StoredResult result = stored.get(employee.nip());
		String condition = String.join(" dan ", conditions.stream().map(Condition::text).toList());
		return new NearMiss(rule.code(), employee.nip(), result.name(), result.agency(), result.predikat(), rule.rule(),
				condition, parameter, definition.label(), definition.value(), value, round(100 * step), shortBy,
				figures, "Memenuhi syarat bila " + parameter + " " + number(value) + " (sekarang "
						+ number(definition.value()) + ")");
	}

	/**
	 * How far the figure misses the threshold, for a condition that compares the figure (or an indicator's
	 * achievement, or its realisation above target) with the parameter; 0 where this condition is met, null
	 * where the condition is of another form.
	 */
	private static Double shortfall(Condition condition, Figure figure, double threshold) {
		String text = comparedPart(condition.text());
		Matcher direct = DIRECT.matcher(text);
		Matcher achievement = ACHIEVEMENT.matcher(text);
		Matcher excess = EXCESS.matcher(text);
		Double compared;
		String operator;
		if (direct.matches()) {
			compared = figure.value();
			operator = direct.group(2);
		}
		else if (achievement.matches()) {
			compared = figure.achievement();
			operator = achievement.group(2);
		}
		else if (excess.matches() && figure.target() != null) {
			compared = figure.value() - figure.target();
			operator = excess.group(2);
		}
		else {
			return null;
		}
		if (compared == null) {
			return null;
		}
		double gap = operator.startsWith(">") ? threshold - compared : compared - threshold;
		return round(Math.max(0, gap));
	}

	/** Of {@code citizenSatisfaction != null && citizenSatisfaction >= $minimal}, the part with the binding. */
	private static String comparedPart(String text) {
		for (String part : text.split("&&")) {
			if (USED_BINDING.matcher(part).find()) {
				return part.strip();
			}
		}
		return text.strip();
	}

	/** A condition on years of service is met by time alone: who would qualify next year. */
	private List<NearMiss> nextYear(AwardRule rule, String agency, List<Employee> without) {
		List<NearMiss> misses = new ArrayList<>();
		for (Condition condition : rule.conditions()) {
			if (!"Employee".equals(condition.fact()) || !YEARS_OF_SERVICE.equals(condition.field())
					|| condition.number() == null) {
				continue;
			}
			int needed = condition.number().intValue();
			List<Employee> nextYear = without.stream()
				.filter(e -> e.yearsOfService() == needed - 1)
				.map(NearMisses::oneYearOn)
				.toList();
			for (Employee employee : holding(rule, agency, nextYear, policy)) {
				StoredResult result = stored.get(employee.nip());
				misses.add(new NearMiss(rule.code(), employee.nip(), result.name(), result.agency(), result.predikat(),
						rule.rule(), condition.text(), null, "Masa kerja (tahun)", needed, null, null, 1.0,
						List.of(Figure.of(YEARS_OF_SERVICE, needed - 1)),
						"Masa kerja " + (needed - 1) + " tahun: memenuhi syarat tahun depan"));
			}
		}
		return misses;
	}

	private List<Employee> gained(AwardRule rule, String agency, List<Employee> employees, String parameter,
			double value) {
		if (value == policy.parameters(agency).get(parameter).value()) {
			return List.of();
		}
		return holding(rule, agency, employees, policy.withOverrides(Map.of(parameter, value)));
	}

	/** The employees the rule gives its award under the policy. */
	private static List<Employee> holding(AwardRule rule, String agency, List<Employee> employees,
			CompiledPolicy policy) {
		if (employees.isEmpty()) {
			return List.of();
		}
		Map<String, Set<String>> holders = holders(policy, agency, employees);
		return employees.stream().filter(e -> holders.get(e.nip()).contains(key(rule))).toList();
	}

	/** Award and rule per NIP: an award code may be given by more than one rule. */
	private static Map<String, Set<String>> holders(CompiledPolicy policy, String agency, List<Employee> employees) {
		Map<String, Set<String>> holders = new LinkedHashMap<>();
		for (EmployeeOutcome outcome : policy.evaluate(agency, employees)) {
			Set<String> awards = new HashSet<>();
			outcome.awards().forEach(a -> awards.add(a.code() + "|" + a.rule().rule()));
			holders.put(outcome.nip(), awards);
		}
		return holders;
	}

	private static String key(AwardRule rule) {
		return rule.code() + "|" + rule.rule().rule();
	}

	private static double relaxed(ParameterDefinition definition, int direction, double step) {
		double value = definition.value() + direction * step * (definition.max() - definition.min());
		return round(Math.max(definition.min(), Math.min(definition.max(), value)));
	}

	/** The employee's own figure a condition reads, where the facts or the stored result have it. */
	private Figure figure(Condition condition, Employee employee) {
		StoredResult result = stored.get(employee.nip());
		Double value = switch (condition.fact()) {
			case "WorkScore" -> result.workScore();
			case "FinalScore" -> result.score();
			case "BehaviourIndex" -> result.behaviourIndex();
			case "Employee" -> employeeField(employee, condition.field());
			default -> null;
		};
		if (value != null) {
			return Figure.of(condition.field() == null || !condition.fact().equals("Employee") ? condition.fact()
					: condition.field(), round(value));
		}
		if ("Indicator".equals(condition.fact()) && condition.indicator() != null) {
			return employee.indicators()
				.stream()
				.filter(i -> i.code().equals(condition.indicator()))
				.findFirst()
				.map(NearMisses::indicator)
				.orElse(null);
		}
		return null;
	}

	private static Figure indicator(Indicator indicator) {
		Double achievement = indicator.target() == 0 ? null : round(100 * indicator.realisation() / indicator.target());
		return new Figure(indicator.code(), indicator.realisation(), indicator.target(), achievement);
	}

	private static Double employeeField(Employee employee, String field) {
		return switch (field == null ? "" : field) {
			case "citizenSatisfaction" -> employee.citizenSatisfaction();
			case "developmentHours" -> employee.developmentHours();
			case YEARS_OF_SERVICE -> (double) employee.yearsOfService();
			default -> null;
		};
	}

	private static Employee oneYearOn(Employee e) {
		return new Employee(e.nip(), e.name(), e.agency(), e.position(), e.functionalLevel(), e.jobTitle(), e.rank(),
				e.employmentType(), e.unitHead(), e.organisationRating(), e.yearsOfService() + 1, e.heavySanction(),
				e.workResultRating(), e.behaviourRating(), e.citizenSatisfaction(), e.developmentHours(),
				e.periodMonths(), e.indicators(), e.behaviour(), e.assessors(), e.citizenInput());
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
