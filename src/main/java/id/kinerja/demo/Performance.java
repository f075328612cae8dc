package id.kinerja.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import id.kinerja.appraisal.LineKind;
import id.kinerja.appraisal.PeriodCode;
import id.kinerja.demo.GeneratedEmployee.Line;
import id.kinerja.policy.fact.Position;

/**
 * SKP lines of one employee for a period. The plan (indicators, weights, annual targets) comes from a stream
 * that ignores the period, so quarterly and monthly SKP are variations of the annual one; realisations come
 * from the period's stream. Most realisations sit near the target, some far above, some far below.
 */
final class Performance {

	private static final double[] POWERS = { 1, 10, 100, 1000, 10000 };

	private Performance() {
	}

	static List<Line> lines(Staffing.Person person, AgencySpec agency, IndicatorSpec regionIndicator,
			PeriodCode period, SplittableRandom plan, SplittableRandom actual, String evidenceBase) {
		List<IndicatorSpec> chosen = choose(eligible(person, agency, regionIndicator), plan);
		int[] weights = weights(chosen.size(), plan);
		List<Line> lines = new ArrayList<>(chosen.size());
		for (int i = 0; i < chosen.size(); i++) {
			IndicatorSpec spec = chosen.get(i);
			LineKind kind = i == chosen.size() - 1 && chosen.size() >= 4 && plan.nextInt(100) < 35 ? LineKind.TAMBAHAN
					: LineKind.UTAMA;
			double target = target(spec, plan) * (spec.scalesWithPeriod() ? period.fractionOfYear() : 1);
			if (target > 0 && spec.decimals() == 0) {
				target = Math.max(1, target); // a month's share of 8 plans is still one plan
			}
			BigDecimal roundedTarget = round(target, spec.decimals());
			BigDecimal realisation = realisation(spec, roundedTarget.doubleValue(), person.quality(), actual);
			String evidence = realisation != null && actual.nextInt(100) < 70 ? evidenceBase + spec.code() : null;
			lines.add(new Line(kind, spec.code(), spec.name(), spec.aspect(), spec.unit(), roundedTarget, realisation,
					BigDecimal.valueOf(weights[i] * 5L).setScale(2), spec.higherIsBetter(), evidence));
		}
		return lines;
	}

	private static List<IndicatorSpec> eligible(Staffing.Person person, AgencySpec agency,
			IndicatorSpec regionIndicator) {
		boolean functional = person.position() == Position.FUNGSIONAL;
		List<IndicatorSpec> eligible = new ArrayList<>();
		agency.indicators().stream().filter(i -> i.appliesTo(functional)).forEach(eligible::add);
		if (regionIndicator.appliesTo(functional)) {
			eligible.add(regionIndicator);
		}
		return eligible;
	}

	/** The agency's first two indicators for the post always; 1-4 more at random. */
	private static List<IndicatorSpec> choose(List<IndicatorSpec> eligible, SplittableRandom plan) {
		int count = Math.min(eligible.size(), 3 + plan.nextInt(4));
		List<IndicatorSpec> rest = new ArrayList<>(eligible.subList(2, eligible.size()));
		List<IndicatorSpec> chosen = new ArrayList<>(eligible.subList(0, 2));
		while (chosen.size() < count) {
			chosen.add(rest.remove(plan.nextInt(rest.size())));
		}
		return chosen;
	}

	/** Weights in units of 5%, at least 10% each, adding up to exactly 100. */
	private static int[] weights(int lines, SplittableRandom plan) {
		int[] units = new int[lines];
		Arrays.fill(units, 2);
		for (int left = 20 - 2 * lines; left > 0; left--) {
			// earlier (main) lines are twice as likely to get a unit
			int pick = plan.nextInt(lines + lines / 2);
			units[pick < lines ? pick : pick - lines]++;
		}
		return units;
	}

	private static double target(IndicatorSpec spec, SplittableRandom plan) {
		if (!spec.higherIsBetter() && spec.zeroTargetPossible() && plan.nextInt(22) == 0) {
			return 0;
		}
		double value = spec.annualTarget() * (0.85 + 0.3 * plan.nextDouble());
		return bounded(spec) ? Math.min(100, value) : value;
	}

	private static BigDecimal realisation(IndicatorSpec spec, double target, double quality,
			SplittableRandom actual) {
		if (actual.nextInt(100) < 3) {
			return null;
		}
		if (target == 0) {
			return round(actual.nextDouble() < 0.55 + 0.1 * quality ? 0 : 1 + actual.nextInt(3), spec.decimals());
		}
		double ratio = ratio(quality, actual);
		double value = spec.higherIsBetter() ? target * ratio : target / Math.max(ratio, 0.25);
		if (bounded(spec)) {
			value = Math.min(100, value);
		}
		return round(Math.max(0, value), spec.decimals());
	}

	private static double ratio(double quality, SplittableRandom actual) {
		int roll = actual.nextInt(100);
		if (roll < 6) {
			return 0.3 + 0.4 * actual.nextDouble();
		}
		if (roll < 12) {
			return 1.25 + 0.35 * actual.nextDouble();
		}
		return 1 + 0.06 * quality + 0.07 * actual.nextGaussian();
	}

	private static boolean bounded(IndicatorSpec spec) {
		return switch (spec.unit()) {
			case "%", "indeks", "skor", "nilai" -> true;
			default -> false;
		};
	}

	static BigDecimal round(double value, int decimals) {
		// via a long, not BigDecimal.valueOf(double): that formats the double and dominated the profile
		return BigDecimal.valueOf(Math.round(value * POWERS[decimals]), decimals);
	}

}
