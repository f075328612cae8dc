package id.kinerja.recommendation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.kinerja.policy.FiredRule;

/**
 * Award candidates and near-misses of an official run.
 *
 * @param agency the agency asked for, null for every agency of the run
 * @param policyVersion the policy version of the run: its rules, parameters and near-misses
 * @param ranking how candidates are ranked
 * @param nearMissList the job that finds the near-misses, when they were asked for: while it is QUEUED or
 * RUNNING the awards' near-miss lists are empty and the same request asked again shows its progress
 */
public record AwardsView(long run, String region, String period, String agency, String policyVersion, String ranking,
		List<AwardView> awards, NearMissList nearMissList) {

	/**
	 * The background job of a near-miss list: its status (QUEUED, RUNNING, DONE or FAILED), the employees
	 * looked at of the scope's total, why it failed, and when it finished.
	 */
	public record NearMissList(long id, String status, int done, int total, String error, OffsetDateTime finishedAt) {
	}

	/** This view with each award's near-misses from the list, closest first, and the list's progress. */
	AwardsView withNearMisses(NearMissList list, List<NearMiss> nearMisses) {
		Map<String, List<NearMiss>> byAward = nearMisses.stream().collect(Collectors.groupingBy(NearMiss::award));
		List<AwardView> with = awards.stream()
			.map(a -> new AwardView(a.code(), a.name(), a.perAgency(), a.rules(), a.candidates(),
					byAward.getOrDefault(a.code(), List.of())))
			.toList();
		return new AwardsView(run, region, period, agency, policyVersion, ranking, with, list);
	}

	/**
	 * One award with its candidates, best first, and its near-misses, closest first.
	 *
	 * @param perAgency true for an award a region rule gives in every agency (e.g. employee of the year):
	 * each agency's candidates are ranked among themselves ({@code agencyRank})
	 * @param rules the rules that give it; empty for an award only the run's results name (the rule is gone)
	 */
	public record AwardView(String code, String name, boolean perAgency, List<RuleView> rules, List<Candidate> candidates,
			List<NearMiss> nearMisses) {
	}

	/**
	 * A rule that gives the award, with its conditions and the parameters they use.
	 *
	 * @param agency the agency whose file states it, null for a national or region rule
	 */
	public record RuleView(FiredRule rule, String agency, List<String> conditions, List<ParameterView> parameters) {
	}

	/** A parameter's label and its value in the rule's scope (an agency may set its own, see candidates). */
	public record ParameterView(String name, String label, double value) {
	}

	/**
	 * An employee holding the award in the run, with the figures that rank it and the thresholds of its
	 * agency the rule compared them with.
	 */
	public record Candidate(int rank, int agencyRank, String nip, String name, String agency, String predikat, Double score,
			Double workScore, Double behaviourIndex, FiredRule rule, Map<String, Double> thresholds) {
	}

}
