package id.kinerja.calibration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.kinerja.calibration.Plan.Move;
import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.fact.Predikat;

/**
 * Proposes a calibration by one-level demotions, greedily. At each step it tries moving the lowest-ranked
 * employee of each predikat one level down, asks the curve rules how far each resulting spread is from the
 * curve ({@link Curve#distance}) and keeps the move that brings it closest (ties: the lower-ranked employee).
 * Where no single move helps (a plateau: e.g. a unit rated Sangat Kurang whose Kurang are exactly at their
 * minimum), it tries two, then three, then four such moves together. It stops when no finding is left or
 * nothing helps. Every employee moves at most one level, so it always ends.
 */
final class Calibrator {

	private static final Predikat[] LEVELS = Predikat.values();

	/** The predikat that can move down: all but the last. */
	private static final int MOVABLE = LEVELS.length - 1;

	/** Per size, every multiset of levels to move from together, as non-decreasing sequences. */
	private static final List<List<int[]>> TOGETHER = List.of(together(1), together(2), together(3), together(4));

	private static final double EPSILON = 1e-9;

	private Calibrator() {
	}

	/** {@code employees}: those of the agency with a predikat, in any order. */
	static Plan plan(List<Candidate> employees, Curve curve) {
		Pools pools = new Pools(employees);
		Map<Predikat, Integer> before = pools.counts();
		List<CurveOutcome> findingsBefore = curve.check(before);
		List<CurveOutcome> findings = findingsBefore;
		double distance = Curve.distance(findings);
		List<Move> moves = new ArrayList<>();
		for (int step = 1; !findings.isEmpty(); step++) {
			Option next = best(pools, curve, distance);
			if (next == null) {
				break;
			}
			moves.addAll(pools.apply(next, step));
			findings = next.findings();
			distance = next.distance();
		}
		return new Plan(before, findingsBefore, List.copyOf(moves), pools.counts(), findings);
	}

	/** The fewest moves that get closer to the curve, the closest of them; null when none does. */
	private static Option best(Pools pools, Curve curve, double distance) {
		for (List<int[]> sets : TOGETHER) {
			Option best = null;
			for (int[] levels : sets) {
				List<Candidate> movers = pools.lowest(levels);
				if (movers == null) {
					continue;
				}
				List<CurveOutcome> findings = curve.check(pools.countsAfter(levels));
				Option option = new Option(levels, movers, findings, Curve.distance(findings));
				if (option.distance() < distance - EPSILON && (best == null || option.beats(best))) {
					best = option;
				}
			}
			if (best != null) {
				return best;
			}
		}
		return null;
	}

	private static List<int[]> together(int size) {
		List<int[]> sets = new ArrayList<>();
		collect(new int[size], 0, 0, sets);
		return List.copyOf(sets);
	}

	private static void collect(int[] levels, int index, int lowest, List<int[]> sets) {
		if (index == levels.length) {
			sets.add(levels.clone());
			return;
		}
		for (int level = lowest; level < MOVABLE; level++) {
			levels[index] = level;
			collect(levels, index + 1, level, sets);
		}
	}

	/** Moving the lowest-ranked employees of these levels one down, and what the curve says of it. */
	private record Option(int[] levels, List<Candidate> movers, List<CurveOutcome> findings, double distance) {

		/** Closer to the curve; as close: the one whose movers rank lower. */
		boolean beats(Option other) {
			if (Math.abs(distance - other.distance) > EPSILON) {
				return distance < other.distance;
			}
			List<Candidate> mine = movers.stream().sorted(Candidate.RANKING).toList();
			List<Candidate> theirs = other.movers.stream().sorted(Candidate.RANKING).toList();
			for (int i = 0; i < mine.size(); i++) {
				int order = Candidate.RANKING.compare(mine.get(i), theirs.get(i));
				if (order != 0) {
					return order < 0;
				}
			}
			return false;
		}

	}

	/** Per predikat its employees in ranking order, how many of them moved already, and the spread so far. */
	private static final class Pools {

		private final List<List<Candidate>> ranked = new ArrayList<>();

		private final int[] moved = new int[LEVELS.length];

		private final int[] counts = new int[LEVELS.length];

		Pools(List<Candidate> employees) {
			for (int i = 0; i < LEVELS.length; i++) {
				ranked.add(new ArrayList<>());
			}
			employees.stream().sorted(Candidate.RANKING).forEach(employee -> {
				ranked.get(employee.predikat().ordinal()).add(employee);
				counts[employee.predikat().ordinal()]++;
			});
		}

		/** The next unmoved employees of the levels (in order), or null when a level has too few left. */
		List<Candidate> lowest(int[] levels) {
			List<Candidate> movers = new ArrayList<>(levels.length);
			int[] taken = moved.clone();
			for (int level : levels) {
				if (taken[level] == ranked.get(level).size()) {
					return null;
				}
				movers.add(ranked.get(level).get(taken[level]++));
			}
			return movers;
		}

		Map<Predikat, Integer> countsAfter(int[] levels) {
			Map<Predikat, Integer> after = counts();
			for (int level : levels) {
				after.merge(LEVELS[level], -1, Integer::sum);
				after.merge(LEVELS[level + 1], 1, Integer::sum);
			}
			return after;
		}

		List<Move> apply(Option option, int step) {
			List<Move> moves = new ArrayList<>();
			for (int i = 0; i < option.levels().length; i++) {
				int level = option.levels()[i];
				moves.add(new Move(step, option.movers().get(i), LEVELS[level + 1]));
				moved[level]++;
				counts[level]--;
				counts[level + 1]++;
			}
			return moves;
		}

		Map<Predikat, Integer> counts() {
			Map<Predikat, Integer> map = new EnumMap<>(Predikat.class);
			for (Predikat predikat : LEVELS) {
				map.put(predikat, counts[predikat.ordinal()]);
			}
			return map;
		}

	}

}
