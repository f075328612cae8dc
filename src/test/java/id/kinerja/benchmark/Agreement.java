package id.kinerja.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.kinerja.benchmark.PlainJavaMakassar.Outcome;
import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.policy.fact.CoreValue;

/**
 * Compares the engine's and plain Java's conclusions employee by employee, and keeps counts and a checksum
 * of each side: a speed ratio means nothing unless both reach the same conclusions.
 */
final class Agreement {

	static final double TOLERANCE = 1e-9;

	private static final int SHOWN = 10;

	private final Tally drools = new Tally();

	private final Tally plain = new Tally();

	private final List<String> disagreements = new ArrayList<>();

	private long compared;

	private long disagreeing;

	private long warnings;

	private long firedRules;

	/** One agency's outcomes from both, in the order of its employees. */
	void compare(String agency, List<EmployeeOutcome> fromDrools, List<Outcome> fromJava) {
		if (fromDrools.size() != fromJava.size()) {
			note(agency + ": " + fromDrools.size() + " outcomes from Drools, " + fromJava.size() + " from Java");
			return;
		}
		for (int i = 0; i < fromDrools.size(); i++) {
			compare(agency, fromDrools.get(i), fromJava.get(i));
		}
	}

	private void compare(String agency, EmployeeOutcome d, Outcome j) {
		compared++;
		warnings += d.warnings().size();
		firedRules += d.firedRules().size();
		Conclusions left = Conclusions.of(d);
		Conclusions right = Conclusions.of(j);
		drools.add(left);
		plain.add(right);
		String difference = left.difference(right);
		if (difference != null) {
			note(agency + " " + d.nip() + ": " + difference);
		}
	}

	private void note(String disagreement) {
		disagreeing++;
		if (disagreements.size() < SHOWN) {
			disagreements.add(disagreement);
		}
	}

	boolean agree() {
		return disagreeing == 0 && compared > 0;
	}

	long compared() {
		return compared;
	}

	void print(String indent) {
		drools.print(indent, "Drools    ");
		plain.print(indent, "plain Java");
		System.out.printf("%sexplanation: Drools recorded %.1f fired rules per employee%n", indent,
				(double) firedRules / Math.max(compared, 1));
		if (warnings > 0) {
			System.out.println(indent + "Drools reported " + warnings + " conflicting decisions (warnings)");
		}
		if (agree()) {
			System.out.println(indent + "AGREE on all " + compared + " employees");
			return;
		}
		System.out.println(indent + "DISAGREE on " + disagreeing + " of " + compared + " employees; first ones:");
		disagreements.forEach(d -> System.out.println(indent + "  " + d));
	}

	/** The conclusions compared, in one shape for both sides; codes sorted, numbers null when absent. */
	record Conclusions(String nip, String work, String behaviour, String predikat, Double workScore,
			Double behaviourIndex, Double angkaKredit, Double developmentGap, List<String> awards,
			List<String> trainings) {

		static Conclusions of(EmployeeOutcome d) {
			return new Conclusions(d.nip(), name(d.workResultRating()), name(d.behaviourRating()), name(d.predikat()),
					d.workScore(), d.behaviourIndex(), d.angkaKredit(), d.developmentGap(),
					d.awards().stream().map(AwardOutcome::code).sorted().toList(),
					d.trainings().stream().map(TrainingOutcome::code).sorted().toList());
		}

		static Conclusions of(Outcome j) {
			return new Conclusions(j.nip(), name(j.workResultRating()), name(j.behaviourRating()),
					name(j.predikat()), number(j.workScore()), number(j.behaviourIndex()), number(j.angkaKredit()),
					number(j.developmentGap()), awardCodes(j.awards()), trainingCodes(j.trainings()));
		}

		String difference(Conclusions o) {
			List<String> diffs = new ArrayList<>();
			differs(diffs, "nip", nip, o.nip);
			differs(diffs, "work rating", work, o.work);
			differs(diffs, "behaviour rating", behaviour, o.behaviour);
			differs(diffs, "predikat", predikat, o.predikat);
			close(diffs, "work score", workScore, o.workScore);
			close(diffs, "behaviour index", behaviourIndex, o.behaviourIndex);
			close(diffs, "angka kredit", angkaKredit, o.angkaKredit);
			close(diffs, "development gap", developmentGap, o.developmentGap);
			differs(diffs, "awards", awards, o.awards);
			differs(diffs, "trainings", trainings, o.trainings);
			return diffs.isEmpty() ? null : String.join("; ", diffs) + " (Drools vs Java; work score " + workScore
					+ ", behaviour index " + behaviourIndex + ")";
		}

		/** Order-independent per employee; doubles left out, they are compared within a tolerance. */
		long hash() {
			long h = Objects.hash(nip, work, behaviour, predikat, awards, trainings);
			h *= 0x9E3779B97F4A7C15L;
			return h ^ (h >>> 29);
		}

		private static void differs(List<String> diffs, String what, Object a, Object b) {
			if (!Objects.equals(a, b)) {
				diffs.add(what + " " + a + " vs " + b);
			}
		}

		private static void close(List<String> diffs, String what, Double a, Double b) {
			boolean same = a == null ? b == null : b != null && Math.abs(a - b) <= TOLERANCE;
			if (!same) {
				diffs.add(what + " " + a + " vs " + b);
			}
		}

		private static String name(Enum<?> value) {
			return value == null ? null : value.name();
		}

		private static Double number(double value) {
			return Double.isNaN(value) ? null : value;
		}

		private static List<String> awardCodes(int awards) {
			List<String> codes = new ArrayList<>(2);
			for (int bit = 0; bit < PlainJavaMakassar.AWARD_CODES.size(); bit++) {
				if ((awards & (1 << bit)) != 0) {
					codes.add(PlainJavaMakassar.AWARD_CODES.get(bit));
				}
			}
			codes.sort(null);
			return codes;
		}

		private static List<String> trainingCodes(int trainings) {
			List<String> codes = new ArrayList<>(2);
			if ((trainings & PlainJavaMakassar.PENGEMBANGAN_KOMPETENSI) != 0) {
				codes.add("PENGEMBANGAN_KOMPETENSI");
			}
			if ((trainings & PlainJavaMakassar.PENINGKATAN_KINERJA) != 0) {
				codes.add("PENINGKATAN_KINERJA");
			}
			for (CoreValue value : CoreValue.values()) {
				if ((trainings & (1 << (PlainJavaMakassar.BERAKHLAK_FIRST_BIT + value.ordinal()))) != 0) {
					codes.add("BERAKHLAK_" + value.name());
				}
			}
			codes.sort(null);
			return codes;
		}

	}

}
