package id.kinerja.whatif;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.FiredRule;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;

/**
 * Compares outcomes batch by batch: keeps counts for every employee but the details only of those who
 * change, and hands them on at once, so memory does not grow with the unchanged employees.
 */
final class Comparison {

	private final CompiledPolicy before;

	private final CompiledPolicy after;

	private final Consumer<List<EmployeeChange>> changes;

	private final Map<String, Integer> migration = new TreeMap<>();

	private final Map<String, AgencyTally> agencies = new TreeMap<>();

	private final Map<String, AwardTally> awards = new TreeMap<>();

	private int evaluated;

	private int changed;

	private final Executor draftSide;

	private final Deque<Batch> inFlight = new ArrayDeque<>();

	Comparison(CompiledPolicy before, CompiledPolicy after, Executor draftSide, Consumer<List<EmployeeChange>> changes) {
		this.before = before;
		this.after = after;
		this.draftSide = draftSide;
		this.changes = changes;
	}

	/**
	 * Evaluates one batch of an agency under both policies. The draft's side runs meanwhile on a thread of its
	 * own (where its rules run in a sandbox worker, that process works while this one evaluates the active
	 * policy), and one batch stays in flight: it is compared when the next arrives, so reading the next batch
	 * overlaps the draft's side of this one.
	 */
	void batch(String agency, List<Employee> employees) {
		CompletableFuture<List<EmployeeOutcome>> draft = CompletableFuture
			.supplyAsync(() -> after.evaluate(agency, employees), draftSide);
		List<EmployeeOutcome> old = before.evaluate(agency, employees);
		inFlight.add(new Batch(agency, employees, old, draft));
		while (inFlight.size() > 1) {
			compare(inFlight.poll());
		}
	}

	/** Compares every batch still in flight: at the end of an agency and of the what-if. */
	void flush() {
		while (!inFlight.isEmpty()) {
			compare(inFlight.poll());
		}
	}

	private record Batch(String agency, List<Employee> employees, List<EmployeeOutcome> old,
			CompletableFuture<List<EmployeeOutcome>> draft) {
	}

	private void compare(Batch batch) {
		String agency = batch.agency();
		List<Employee> employees = batch.employees();
		List<EmployeeOutcome> old = batch.old();
		List<EmployeeOutcome> neu = joined(batch.draft());
		AgencyTally tally = agencies.computeIfAbsent(agency, AgencyTally::new);
		List<EmployeeChange> found = new ArrayList<>();
		for (int i = 0; i < employees.size(); i++) {
			Snapshot was = Snapshot.of(old.get(i));
			Snapshot is = Snapshot.of(neu.get(i));
			tally.add(inCurve(old.get(i)), inCurve(neu.get(i)), was, is);
			migration.merge(key(was.predikat()) + "->" + key(is.predikat()), 1, Integer::sum);
			awards(was.awards(), is.awards(), old.get(i), neu.get(i));
			if (!was.equals(is)) {
				found.add(new EmployeeChange(employees.get(i).nip(), employees.get(i).name(), agency, was, is,
						difference(old.get(i).firedRules(), neu.get(i).firedRules()),
						difference(neu.get(i).firedRules(), old.get(i).firedRules())));
			}
		}
		evaluated += employees.size();
		changed += found.size();
		if (!found.isEmpty()) {
			changes.accept(found);
		}
	}

	private static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** The predikat that counts in the unit's curve: none for the unit's head. */
	private static Predikat inCurve(EmployeeOutcome outcome) {
		return outcome.unitHead() ? null : outcome.predikat();
	}

	/** Checks an agency's spread against its curve under both policies, once all its batches are in. */
	void agencyDone(String agency, OrganisationRating rating) {
		flush();
		AgencyTally tally = agencies.computeIfAbsent(agency, AgencyTally::new);
		tally.rating = rating;
		tally.findingsBefore = before.checkCurve(agency, rating, tally.before);
		tally.findingsAfter = after.checkCurve(agency, rating, tally.after);
		tally.limitsBefore = before.curveLimits(agency);
		tally.limitsAfter = after.curveLimits(agency);
	}

	int evaluated() {
		return evaluated;
	}

	WhatIfOutcome.Summary summary() {
		List<WhatIfOutcome.Migration> moves = new ArrayList<>();
		migration.forEach((key, count) -> {
			String[] fromTo = key.split("->");
			moves.add(new WhatIfOutcome.Migration(value(fromTo[0]), value(fromTo[1]), count));
		});
		return new WhatIfOutcome.Summary(evaluated, changed, moves);
	}

	List<WhatIfOutcome.AgencyComparison> agencies() {
		return agencies.values().stream().map(AgencyTally::view).toList();
	}

	List<WhatIfOutcome.AwardComparison> awards() {
		return awards.values().stream().map(AwardTally::view).toList();
	}

	private void awards(List<String> was, List<String> is, EmployeeOutcome old, EmployeeOutcome neu) {
		Set<String> codes = new LinkedHashSet<>(was);
		codes.addAll(is);
		for (String code : codes) {
			String name = nameOf(code, neu, old);
			AwardTally tally = awards.computeIfAbsent(code, c -> new AwardTally(c, name));
			tally.before += was.contains(code) ? 1 : 0;
			tally.after += is.contains(code) ? 1 : 0;
			tally.gained += !was.contains(code) && is.contains(code) ? 1 : 0;
			tally.lost += was.contains(code) && !is.contains(code) ? 1 : 0;
		}
	}

	private static String nameOf(String code, EmployeeOutcome first, EmployeeOutcome second) {
		for (EmployeeOutcome outcome : List.of(first, second)) {
			for (EmployeeOutcome.AwardOutcome award : outcome.awards()) {
				if (award.code().equals(code)) {
					return award.name();
				}
			}
		}
		return code;
	}

	private static List<String> difference(List<FiredRule> these, List<FiredRule> those) {
		Set<String> others = new LinkedHashSet<>();
		those.forEach(rule -> others.add(rule.rule()));
		Set<String> only = new LinkedHashSet<>();
		these.forEach(rule -> {
			if (!others.contains(rule.rule())) {
				only.add(rule.rule());
			}
		});
		return List.copyOf(only);
	}

	private static String key(String predikat) {
		return predikat == null ? "-" : predikat;
	}

	private static String value(String key) {
		return key.equals("-") ? null : key;
	}

	private static final class AgencyTally {

		private final String agency;

		private OrganisationRating rating;

		private final Map<Predikat, Integer> before = new EnumMap<>(Predikat.class);

		private final Map<Predikat, Integer> after = new EnumMap<>(Predikat.class);

		private List<CurveOutcome> findingsBefore = List.of();

		private List<CurveOutcome> findingsAfter = List.of();

		private Map<String, Double> limitsBefore = Map.of();

		private Map<String, Double> limitsAfter = Map.of();

		private final WhatIfOutcome.TrainingDemand.Builder trainingBefore = new WhatIfOutcome.TrainingDemand.Builder();

		private final WhatIfOutcome.TrainingDemand.Builder trainingAfter = new WhatIfOutcome.TrainingDemand.Builder();

		AgencyTally(String agency) {
			this.agency = agency;
		}

		void add(Predikat was, Predikat is, Snapshot old, Snapshot neu) {
			if (was != null) {
				before.merge(was, 1, Integer::sum);
			}
			if (is != null) {
				after.merge(is, 1, Integer::sum);
			}
			trainingBefore.add(old);
			trainingAfter.add(neu);
		}

		WhatIfOutcome.AgencyComparison view() {
			return new WhatIfOutcome.AgencyComparison(agency, rating, Map.copyOf(before), Map.copyOf(after),
					findingsBefore, findingsAfter, trainingBefore.build(), trainingAfter.build(), limitsBefore, limitsAfter);
		}

	}

	private static final class AwardTally {

		private final String code;

		private final String name;

		private int before;

		private int after;

		private int gained;

		private int lost;

		AwardTally(String code, String name) {
			this.code = code;
			this.name = name;
		}

		WhatIfOutcome.AwardComparison view() {
			return new WhatIfOutcome.AwardComparison(code, name, before, after, gained, lost);
		}

	}

}
