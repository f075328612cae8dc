package id.kinerja.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import id.kinerja.authoring.PolicyVersions;
import id.kinerja.evaluation.OfficialRun;
import id.kinerja.policy.AwardRule;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.Layer;
import id.kinerja.policy.ParameterDefinition;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.recommendation.AwardsView.AwardView;
import id.kinerja.recommendation.AwardsView.Candidate;
import id.kinerja.recommendation.AwardsView.ParameterView;
import id.kinerja.recommendation.AwardsView.RuleView;
import id.kinerja.system.Refusal;

import org.springframework.stereotype.Component;

/**
 * Award candidates of an official run, from its stored results, ranked; and the near-misses, from the
 * employees' facts evaluated again under the policy version of the run with one condition relaxed.
 */
@Component
class AwardCandidates {

	static final String RANKING = "predikat (Sangat Baik dahulu), lalu skor akhir, capaian hasil kerja (work score) dan"
			+ " indeks perilaku, masing-masing dari yang tertinggi; yang tidak punya angka di urutan akhir; NIP memutus"
			+ " seri. agencyRank: urutan yang sama di antara pegawai satu OPD";

	/** Best first: predikat, then score, work score and behaviour index, each highest first; NIP breaks ties. */
	static final Comparator<StoredResult> BEST_FIRST = Comparator
		.comparing((StoredResult r) -> predikatRank(r.predikat()))
		.thenComparing(StoredResult::score, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(StoredResult::workScore, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(StoredResult::behaviourIndex, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(StoredResult::nip);

	private final StoredResults results;

	private final PolicyVersions versions;

	private final RunFacts facts;

	AwardCandidates(StoredResults results, PolicyVersions versions, RunFacts facts) {
		this.results = results;
		this.versions = versions;
		this.facts = facts;
	}

	/**
	 * @param award one award code, or null for every award of the run and of the region's rules
	 * @throws Refusal (404) for an award neither names
	 */
	AwardsView of(OfficialRun run, String award, String agency) {
		CompiledPolicy policy = versions.compiled(run.region(), run.policyVersion());
		Map<String, StoredResult> stored = stored(run, agency);
		Map<String, String> names = awardNames(policy, stored);
		if (award != null && !names.containsKey(award)) {
			throw Refusal.notFound("award", award);
		}
		List<AwardRule> rules = rules(policy, award);
		List<AwardView> awards = new ArrayList<>();
		names.forEach((code, name) -> {
			if (award == null || award.equals(code)) {
				List<AwardRule> giving = rules.stream().filter(r -> r.code().equals(code)).toList();
				awards.add(new AwardView(code, name, giving.stream().anyMatch(r -> r.rule().layer() == Layer.REGION),
						giving.stream().map(r -> ruleView(policy, r)).toList(), candidates(code, stored, policy),
						List.of()));
			}
		});
		return new AwardsView(run.id(), run.region(), run.period(), agency, run.policyVersion(), RANKING, awards, null);
	}

	/** How many employees a near-miss list of the run looks at: the stored results of its scope. */
	int employees(OfficialRun run, String agency) {
		return results.count(run.id(), agency);
	}

	private Map<String, StoredResult> stored(OfficialRun run, String agency) {
		Map<String, StoredResult> stored = new LinkedHashMap<>();
		results.each(run.id(), agency, result -> stored.put(result.nip(), result));
		return stored;
	}

	private static List<AwardRule> rules(CompiledPolicy policy, String award) {
		return policy.awardRules().stream().filter(r -> award == null || r.code().equals(award)).toList();
	}

	/** Every award the region's rules can give and every award the run's results hold, by code. */
	private static Map<String, String> awardNames(CompiledPolicy policy, Map<String, StoredResult> stored) {
		Map<String, String> names = new TreeMap<>();
		policy.awardRules().forEach(rule -> names.putIfAbsent(rule.code(), rule.name()));
		stored.values().forEach(r -> r.awards().forEach(a -> names.putIfAbsent(a.code(), a.name())));
		return names;
	}

	private static List<Candidate> candidates(String code, Map<String, StoredResult> stored, CompiledPolicy policy) {
		List<StoredResult> holders = stored.values().stream().filter(r -> r.holds(code)).sorted(BEST_FIRST).toList();
		Map<String, Integer> perAgency = new HashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		for (StoredResult holder : holders) {
			AwardOutcome outcome = holder.awards().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
			int agencyRank = perAgency.merge(holder.agency(), 1, Integer::sum);
			candidates.add(new Candidate(candidates.size() + 1, agencyRank, holder.nip(), holder.name(), holder.agency(),
					holder.predikat(), holder.score(), holder.workScore(), holder.behaviourIndex(), outcome.rule(),
					thresholds(policy, holder.agency(), code, outcome)));
		}
		return candidates;
	}

	/** The values, in the holder's agency, of the parameters the rule that gave the award compares with. */
	private static Map<String, Double> thresholds(CompiledPolicy policy, String agency, String code,
			AwardOutcome outcome) {
		Map<String, ParameterDefinition> parameters = policy.parameters(agency);
		Map<String, Double> thresholds = new TreeMap<>();
		policy.awardRules()
			.stream()
			.filter(r -> r.code().equals(code) && r.rule().rule().equals(outcome.rule().rule()) && r.appliesTo(agency))
			.flatMap(r -> r.parameters().stream())
			.filter(parameters::containsKey)
			.forEach(p -> thresholds.put(p, parameters.get(p).value()));
		return thresholds;
	}

	private static RuleView ruleView(CompiledPolicy policy, AwardRule rule) {
		Map<String, ParameterDefinition> parameters = policy.parameters(rule.agency());
		return new RuleView(rule.rule(), rule.agency(),
				rule.conditions().stream().map(AwardRule.Condition::text).distinct().toList(),
				rule.parameters()
					.stream()
					.filter(parameters::containsKey)
					.map(p -> new ParameterView(p, parameters.get(p).label(), parameters.get(p).value()))
					.toList());
	}

	/**
	 * The near-misses of the run's scope, closest first: its employees' facts evaluated again, an agency's
	 * batch at a time, under the run's policy version with one condition relaxed.
	 *
	 * @param progress told the number of employees looked at so far, after each batch
	 */
	List<NearMiss> nearMisses(OfficialRun run, String award, String agency, IntConsumer progress) {
		CompiledPolicy policy = versions.compiled(run.region(), run.policyVersion());
		Map<String, StoredResult> stored = stored(run, agency);
		NearMisses analysis = new NearMisses(policy, rules(policy, award), stored);
		List<NearMiss> all = new ArrayList<>();
		int[] seen = { 0 };
		facts.each(run.region(), agency != null ? agency : run.agency(), run.period(), (group, employees) -> {
			all.addAll(analysis.of(group, employees));
			seen[0] += employees.size();
			progress.accept(seen[0]);
		});
		return all.stream().sorted(NearMisses.CLOSEST_FIRST).toList();
	}

	private static int predikatRank(String predikat) {
		if (predikat == null) {
			return Predikat.values().length;
		}
		return Predikat.valueOf(predikat).ordinal();
	}

}
