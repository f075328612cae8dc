package id.kinerja.policy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import id.kinerja.policy.RuleShape.Concluded;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks of a region's policy that a compiler does not make: weights that do not add up to 100, rating
 * bands with gaps or overlaps, rules that can never fire, two rules of one layer deciding the same thing
 * differently, and the accumulate binding trap. Heuristics, cheap (no knowledge base is built): the
 * validation endpoint shows them to the officer, start-up does not refuse a policy over them.
 */
final class PolicyLint {

	private static final Pattern WEIGHT = Pattern.compile("(.+)\\.bobot\\.([^.]+)");

	private static final Pattern ABOVE = Pattern.compile("(.+)\\.di-atas\\.minimal");

	/** After a field or accessor in a binding, only a comparison may follow: {@code $s : score < 3}. */
	private static final Set<String> COMPARISON_STARTS = Set.of("<", "<=", ">", ">=", "==", "!=", "&&", "||", "in",
			"not", "matches", "contains", "memberOf", "soundslike", "excludes", "str");

	/** The rules in effect for one scope (the region, or one agency) and its merged parameters. */
	private record Scope(String agency, List<PolicyFile> files, Map<String, ParameterDefinition> parameters,
			List<RuleShape> rules) {
	}

	private PolicyLint() {
	}

	/**
	 * The lint problems of one region's policy (or of the national baseline alone).
	 * @param files every layer's files, in layer order, as {@link PolicySources#read} returns them
	 * @param parsed the parsed rule files by path
	 * @param parameters the region's merged parameters (national and region layers), as
	 * {@link ParameterFiles#merge} returns them for those files; each agency's own parameters.yml is merged
	 * on top of them here
	 */
	static List<PolicyProblem> check(List<PolicyFile> files, Map<String, PackageDescr> parsed,
			Map<String, ParameterDefinition> parameters) {
		List<Scope> scopes = scopes(files, parsed, parameters);
		List<PolicyProblem> problems = new ArrayList<>();
		for (Scope scope : scopes) {
			weights(scope, problems);
			bandThresholds(scope, problems);
			problems.addAll(ScoreBands.gapsAndOverlaps(scope.rules(), scope.parameters()));
			for (RuleShape rule : scope.rules()) {
				problems.addAll(ScoreBands.contradictions(rule, scope.parameters()));
			}
			neverConcluded(scope, problems);
		}
		List<RuleShape> all = allRules(files, parsed);
		unknownParameters(all, scopes, problems);
		sameConditionsDifferentDecisions(all, problems);
		all.forEach(rule -> accumulateBindings(rule, problems));
		return problems.stream()
			.distinct()
			.sorted(Comparator.comparing(PolicyProblem::file).thenComparingInt(PolicyProblem::line))
			.toList();
	}

	// ---- scopes

	private static List<Scope> scopes(List<PolicyFile> files, Map<String, PackageDescr> parsed,
			Map<String, ParameterDefinition> parameters) {
		Set<String> agencies = new TreeSet<>();
		files.stream().filter(f -> f.layer() == Layer.AGENCY).forEach(f -> agencies.add(f.agency()));
		List<Scope> scopes = new ArrayList<>();
		scopes.add(scope(null, files.stream().filter(f -> f.layer() != Layer.AGENCY).toList(), parsed, parameters));
		for (String agency : agencies) {
			List<PolicyFile> scoped = files.stream()
				.filter(f -> f.layer() != Layer.AGENCY || f.agency().equals(agency))
				.toList();
			scopes.add(scope(agency, scoped, parsed, ParameterFiles.merge(scoped, new ArrayList<>())));
		}
		return scopes;
	}

	/** A rule of a more specific layer replaces the rule of the same name below it, as when compiled. */
	private static Scope scope(String agency, List<PolicyFile> files, Map<String, PackageDescr> parsed,
			Map<String, ParameterDefinition> parameters) {
		List<RuleShape> rules = allRules(files, parsed);
		Map<String, Layer> winners = new HashMap<>();
		rules.forEach(r -> winners.merge(r.name(), r.file().layer(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
		List<RuleShape> effective = rules.stream().filter(r -> winners.get(r.name()) == r.file().layer()).toList();
		return new Scope(agency, files, parameters, effective);
	}

	private static List<RuleShape> allRules(List<PolicyFile> files, Map<String, PackageDescr> parsed) {
		List<RuleShape> rules = new ArrayList<>();
		for (PolicyFile file : files) {
			PackageDescr descr = parsed.get(file.path());
			if (file.isRules() && descr != null) {
				for (RuleDescr rule : descr.getRules()) {
					rules.add(new RuleShape(file, rule));
				}
			}
		}
		return rules;
	}

	// ---- a. weights of a group add up to 100; b. paired thresholds keep the middle band

	private static void weights(Scope scope, List<PolicyProblem> problems) {
		Map<String, List<ParameterDefinition>> groups = new LinkedHashMap<>();
		scope.parameters().values().forEach(p -> {
			var matcher = WEIGHT.matcher(p.name());
			if (matcher.matches()) {
				groups.computeIfAbsent(matcher.group(1), g -> new ArrayList<>()).add(p);
			}
		});
		groups.forEach((group, weights) -> {
			double sum = weights.stream().mapToDouble(ParameterDefinition::value).sum();
			if (Math.abs(sum - 100) > 1e-9) {
				List<String> terms = weights.stream()
					.map(w -> w.name().substring(group.length() + ".bobot.".length()) + " " + ScoreBands.number(w.value()))
					.toList();
				problems.add(parameterProblem(scope, mostSpecific(weights), "bobot " + group + ".bobot.* berjumlah "
						+ ScoreBands.number(sum) + " (" + String.join(" + ", terms) + "), harus 100"));
			}
		});
	}

	private static void bandThresholds(Scope scope, List<PolicyProblem> problems) {
		scope.parameters().values().forEach(above -> {
			var matcher = ABOVE.matcher(above.name());
			ParameterDefinition meets = matcher.matches() ? scope.parameters().get(matcher.group(1) + ".sesuai.minimal") : null;
			if (meets != null && above.value() <= meets.value()) {
				problems.add(parameterProblem(scope, mostSpecific(List.of(above, meets)), above.name() + " ("
						+ ScoreBands.number(above.value()) + ") harus lebih besar dari " + meets.name() + " ("
						+ ScoreBands.number(meets.value()) + "): rentang Sesuai Ekspektasi menjadi kosong"));
			}
		});
	}

	private static ParameterDefinition mostSpecific(List<ParameterDefinition> parameters) {
		return parameters.stream().max(Comparator.comparing(ParameterDefinition::layer)).orElseThrow();
	}

	/** At the line of the parameters.yml that last set the parameter. */
	private static PolicyProblem parameterProblem(Scope scope, ParameterDefinition parameter, String message) {
		Pattern key = Pattern.compile("\\s*[\"']?" + Pattern.quote(parameter.name()) + "[\"']?\\s*:.*");
		List<String> lines = scope.files().stream()
			.filter(f -> f.path().equals(parameter.file()))
			.findFirst()
			.map(f -> f.content().lines().toList())
			.orElse(List.of());
		for (int i = 0; i < lines.size(); i++) {
			if (key.matcher(lines.get(i)).matches()) {
				return new PolicyProblem(parameter.file(), i + 1, lines.get(i).indexOf(parameter.name()) + 1, message);
			}
		}
		return new PolicyProblem(parameter.file(), 1, 1, message);
	}

	// ---- c. rules that can never fire

	/** A parameter no layer declares: most likely a typo, and the rule never fires. */
	private static void unknownParameters(List<RuleShape> rules, List<Scope> scopes, List<PolicyProblem> problems) {
		Set<String> everywhere = new HashSet<>();
		scopes.forEach(scope -> everywhere.addAll(scope.parameters().keySet()));
		for (RuleShape rule : rules) {
			Set<String> declared = rule.file().layer() != Layer.AGENCY ? everywhere
					: scopes.stream().filter(s -> rule.file().agency().equals(s.agency())).findFirst()
						.map(s -> s.parameters().keySet()).orElse(everywhere);
			for (PatternDescr pattern : rule.patterns()) {
				String name = RuleShape.isParameter(pattern) ? RuleShape.parameterName(pattern) : null;
				if (name != null && !declared.contains(name)) {
					problems.add(rule.problem(pattern, "parameter \"" + name + "\" tidak dideklarasikan di parameters.yml"
							+ " lapisan mana pun: aturan \"" + rule.name() + "\" tidak akan pernah berjalan; periksa ejaannya"));
				}
			}
		}
	}

	/** A condition on a conclusion that no rule of the scope inserts. */
	private static void neverConcluded(Scope scope, List<PolicyProblem> problems) {
		Set<String> inserted = new HashSet<>();
		scope.rules().forEach(rule -> rule.conclusions().forEach(c -> inserted.add(c.type())));
		for (RuleShape rule : scope.rules()) {
			for (PatternDescr pattern : rule.requiredPatterns()) {
				String type = pattern.getObjectType();
				if (FactModel.CONCLUSIONS.contains(type) && !inserted.contains(type)) {
					problems.add(rule.problem(pattern, "tidak ada aturan yang menyisipkan " + type
							+ (scope.agency() == null ? "" : " untuk OPD " + scope.agency()) + ": aturan \"" + rule.name()
							+ "\" tidak akan pernah berjalan"));
				}
			}
		}
	}

	// ---- d. two rules of one layer, same conditions, different decisions

	private static void sameConditionsDifferentDecisions(List<RuleShape> rules, List<PolicyProblem> problems) {
		Map<String, RuleShape> seen = new LinkedHashMap<>();
		Map<String, Map<String, String>> renamings = new HashMap<>();
		for (RuleShape rule : rules) {
			Map<String, String> renamed = new LinkedHashMap<>();
			String key = rule.file().layer() + "/" + rule.file().agency() + "/" + rule.normalisedConditions(renamed);
			RuleShape earlier = seen.putIfAbsent(key, rule);
			if (earlier == null) {
				renamings.put(key, renamed);
				continue;
			}
			String conflict = conflict(decisions(earlier, renamings.get(key)), decisions(rule, renamed));
			if (conflict != null) {
				problems.add(rule.problem("aturan \"" + rule.name() + "\" dan \"" + earlier.name() + "\" ("
						+ earlier.file().path() + ") bersyarat sama tetapi memutuskan " + conflict
						+ " berbeda; gabungkan atau bedakan syaratnya"));
			}
		}
	}

	private static List<Concluded> decisions(RuleShape rule, Map<String, String> renamed) {
		return rule.conclusions().stream()
			.filter(c -> FactModel.CONCLUSIONS.contains(c.type()))
			.map(c -> new Concluded(c.type(), c.arguments().stream().map(a -> RuleShape.normalised(a, renamed)).toList()))
			.toList();
	}

	/** The conclusion type both decide differently; two awards or trainings with different codes are two things. */
	private static String conflict(List<Concluded> first, List<Concluded> second) {
		for (Concluded a : first) {
			for (Concluded b : second) {
				int code = codeIndex(a.type());
				boolean sameThing = code < 0 || (code < a.arguments().size() && code < b.arguments().size()
						&& a.arguments().get(code).equals(b.arguments().get(code)));
				if (a.type().equals(b.type()) && sameThing && !a.arguments().equals(b.arguments())) {
					return a.type();
				}
			}
		}
		return null;
	}

	private static int codeIndex(String type) {
		RecordComponent[] components = FactModel.FACT_TYPES.get(type).getRecordComponents();
		for (int i = 0; components != null && i < components.length; i++) {
			if (components[i].getName().equals("code")) {
				return i;
			}
		}
		return -1;
	}

	// ---- e. the accumulate binding trap

	/** In an accumulate's source, {@code $w : score * 2} binds {@code score} alone, silently (Drools 10.2). */
	private static void accumulateBindings(RuleShape rule, List<PolicyProblem> problems) {
		RuleShape.walk(rule.descr().getLhs(), descr -> {
			if (descr instanceof AccumulateDescr accumulate) {
				RuleShape.walk(accumulate.getInput(), inner -> {
					if (inner instanceof ExprConstraintDescr constraint && bindsAnExpression(constraint)) {
						problems.add(rule.problem(constraint, "binding \"" + constraint.getExpression().strip()
								+ "\" mengikat field pertamanya saja, bukan hasil hitungannya: ikat field-nya saja"
								+ " (mis. $skor : score) lalu hitung di fungsi accumulate (sum( $skor * ... ))"));
					}
				});
			}
		});
	}

	private static boolean bindsAnExpression(ExprConstraintDescr constraint) {
		List<DrlTokens.Token> tokens = DrlTokens.of(constraint.getExpression());
		if (tokens.size() < 3 || !tokens.get(0).isWord() || !tokens.get(1).is(":")) {
			return false;
		}
		int i = accessorEnd(tokens, 2);
		return i < 0 || (i < tokens.size() && !COMPARISON_STARTS.contains(tokens.get(i).text()));
	}

	/** The end of {@code field}, {@code a.b} or {@code a.b()} from {@code i}; -1 when it is not one. */
	private static int accessorEnd(List<DrlTokens.Token> tokens, int i) {
		if (i >= tokens.size() || !tokens.get(i).isWord()) {
			return -1;
		}
		i++;
		while (i < tokens.size()) {
			if (i + 1 < tokens.size() && tokens.get(i).is("(") && tokens.get(i + 1).is(")")) {
				i += 2;
			}
			else if (i + 1 < tokens.size() && tokens.get(i).is(".") && tokens.get(i + 1).isWord()) {
				i += 2;
			}
			else {
				break;
			}
		}
		return i;
	}

}
