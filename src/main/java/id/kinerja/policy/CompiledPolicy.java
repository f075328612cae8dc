package id.kinerja.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.policy.fact.PredikatDistribution;

/**
 * A compiled, immutable version of a region's policy (or of the national baseline alone). An evaluation
 * holds on to the instance it started with, so a newer version never changes a running evaluation.
 */
public final class CompiledPolicy {

	private final String region;

	private final String version;

	private final List<PolicyFile> files;

	private final PolicyScope regionScope;

	private final Map<String, PolicyScope> agencyScopes;

	private final EngineSettings settings;

	/** Read from the files on first use: only recommendations need it. */
	private volatile List<AwardRule> awardRules;

	/** Read from the files on first use: only explanations need it. */
	private volatile RuleParameters ruleParameters;

	CompiledPolicy(String region, String version, List<PolicyFile> files, PolicyScope regionScope,
			Map<String, PolicyScope> agencyScopes, EngineSettings settings) {
		this.region = region;
		this.version = version;
		this.files = List.copyOf(files);
		this.regionScope = regionScope;
		this.agencyScopes = Map.copyOf(agencyScopes);
		this.settings = settings;
	}

	/** The region id, null for the national baseline alone. */
	public String region() {
		return region;
	}

	/** A hash of the policy's files: the same files give the same version. */
	public String version() {
		return version;
	}

	public List<PolicyFile> files() {
		return files;
	}

	EngineSettings settings() {
		return settings;
	}

	/**
	 * The same policy with other parameter values, for a what-if: {@code name} sets a parameter in every
	 * scope where it exists, {@code agency/name} in that agency's scope only (after the region-wide ones).
	 * @throws InvalidOverride naming each unknown parameter or agency and each value outside its range
	 */
	public CompiledPolicy withOverrides(Map<String, Double> overrides) {
		if (overrides.isEmpty()) {
			return this;
		}
		List<OverrideProblem> problems = new ArrayList<>();
		Overrides parsed = Overrides.parse(overrides, agencyScopes.keySet(), allScopes(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidOverride(problems);
		}
		Map<String, PolicyScope> agencies = new HashMap<>();
		agencyScopes.forEach((agency, scope) -> agencies.put(agency, parsed.apply(agency, scope)));
		return new CompiledPolicy(region, version + "+" + parsed.fingerprint(), files, parsed.apply(null, regionScope),
				agencies, settings);
	}

	private List<PolicyScope> allScopes() {
		List<PolicyScope> all = new ArrayList<>(agencyScopes.values());
		all.add(regionScope);
		return all;
	}

	/** The parameters of each scope: by agency with files of its own, {@code ""} for the region's. */
	Map<String, Map<String, ParameterDefinition>> scopeParameters() {
		Map<String, Map<String, ParameterDefinition>> scopes = new HashMap<>();
		scopes.put("", regionScope.parameters());
		agencyScopes.forEach((agency, scope) -> scopes.put(agency, scope.parameters()));
		return scopes;
	}

	/** The parameters that apply to an agency (its own, its region's and the national ones). */
	public Map<String, ParameterDefinition> parameters(String agency) {
		return scope(agency).parameters();
	}

	/** The curve's limits that apply to an agency ({@code kurva.*} parameters and their values): what a chart draws. */
	public Map<String, Double> curveLimits(String agency) {
		Map<String, Double> limits = new java.util.TreeMap<>();
		parameters(agency).forEach((name, parameter) -> {
			if (name.startsWith("kurva.")) {
				limits.put(name, parameter.value());
			}
		});
		return limits;
	}

	/**
	 * The rules that give awards, with the comparisons of their conditions, read from the files (a rule
	 * replaced by one of the same name in a more specific layer is left out where it is replaced).
	 */
	public List<AwardRule> awardRules() {
		List<AwardRule> rules = awardRules;
		if (rules == null) {
			rules = List.copyOf(AwardRules.of(files));
			awardRules = rules;
		}
		return rules;
	}

	/**
	 * The parameters that the fired rules read, each with the value, layer and file that applied to the
	 * agency and the source its declaration states: what an explanation shows beside the rules.
	 */
	public List<ParameterDefinition> parametersRead(String agency, List<FiredRule> fired) {
		RuleParameters read = ruleParameters;
		if (read == null) {
			read = RuleParameters.of(files);
			ruleParameters = read;
		}
		return read.read(fired, parameters(agency));
	}

	/** The outcomes with the parameters their rules read ({@link #parametersRead}). */
	public List<EmployeeOutcome> explained(String agency, List<EmployeeOutcome> outcomes) {
		return outcomes.stream().map(o -> o.withParameters(parametersRead(agency, o.firedRules()))).toList();
	}

	/** Evaluates employees of one agency (null: the region's rules alone), in batches. */
	public List<EmployeeOutcome> evaluate(String agency, List<Employee> employees) {
		return scope(agency).evaluate(employees, settings);
	}

	/**
	 * Checks the spread of predikat of one agency against the curve of its organisation rating. The curve
	 * applies to the employees below the unit's head: the head's rating is the unit's own.
	 */
	public List<CurveOutcome> checkCurve(String agency, OrganisationRating rating, List<EmployeeOutcome> outcomes) {
		Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
		for (EmployeeOutcome outcome : outcomes) {
			if (outcome.predikat() != null && !outcome.unitHead()) {
				counts.merge(outcome.predikat(), 1, Integer::sum);
			}
		}
		return checkCurve(agency, rating, counts);
	}

	/**
	 * The same check from the number of employees per predikat, so that a caller streaming an agency in
	 * batches needs to keep only the counts.
	 */
	public List<CurveOutcome> checkCurve(String agency, OrganisationRating rating, Map<Predikat, Integer> counts) {
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		if (rating == null || total == 0) {
			return List.of();
		}
		return scope(agency).checkCurve(distribution(agency, rating, counts, total), settings);
	}

	private static PredikatDistribution distribution(String agency, OrganisationRating rating,
			Map<Predikat, Integer> counts, int total) {
		double all = total;
		return new PredikatDistribution(agency, rating, total, share(counts, Predikat.SANGAT_BAIK, all),
				share(counts, Predikat.BAIK, all), share(counts, Predikat.BUTUH_PERBAIKAN, all),
				share(counts, Predikat.KURANG, all), share(counts, Predikat.SANGAT_KURANG, all));
	}

	private static double share(Map<Predikat, Integer> counts, Predikat predikat, double total) {
		return 100.0 * counts.getOrDefault(predikat, 0) / total;
	}

	PolicyScope scope(String agency) {
		return agency == null ? regionScope : agencyScopes.getOrDefault(agency, regionScope);
	}

}
