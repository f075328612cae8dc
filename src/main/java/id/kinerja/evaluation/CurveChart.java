package id.kinerja.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;

/**
 * One agency's predikat spread beside the curve its organisation rating allows: a bar per predikat with
 * the limit the policy's {@code kurva.<rating>.<predikat>.maksimal|minimal} parameter sets, if any.
 */
public record CurveChart(String agency, OrganisationRating rating, long total, List<Bar> bars, List<String> findings) {

	/** @param limit percent, or null where the curve sets none; {@code maximum} tells which side it bounds */
	public record Bar(Predikat predikat, long count, double percent, Double limit, boolean maximum) {

		static final double LIMIT_WIDTH = 0.8;

		public boolean breach() {
			return limit != null && (maximum ? percent > limit + 1e-9 : percent < limit - 1e-9);
		}

		/**
		 * The bar's length in the chart's SVG, whose width is 100 units: an attribute, not an inline style, which
		 * the Content-Security-Policy refuses; written the same in every language.
		 */
		public String barWidth() {
			return String.format(java.util.Locale.ROOT, "%.1f", Math.min(percent, 100));
		}

		/** Where the limit's mark stands, centred on the limit. */
		public String limitX() {
			return limit == null ? null
					: String.format(java.util.Locale.ROOT, "%.1f", Math.max(0, Math.min(limit, 100) - LIMIT_WIDTH / 2));
		}

	}

	public static CurveChart of(String agency, OrganisationRating rating, Map<Predikat, ? extends Number> counts,
			Map<String, Double> limits, List<String> findings) {
		long total = counts.values().stream().mapToLong(Number::longValue).sum();
		List<Bar> bars = new ArrayList<>();
		for (Predikat predikat : Predikat.values()) {
			Number count = counts.get(predikat);
			long n = count == null ? 0 : count.longValue();
			double percent = total == 0 ? 0 : 100.0 * n / total;
			Double max = limit(limits, rating, predikat, "maksimal");
			Double min = limit(limits, rating, predikat, "minimal");
			bars.add(new Bar(predikat, n, percent, max != null ? max : min, max != null));
		}
		return new CurveChart(agency, rating, total, bars, findings);
	}

	public boolean breached() {
		return !findings.isEmpty() || bars.stream().anyMatch(Bar::breach);
	}

	private static Double limit(Map<String, Double> limits, OrganisationRating rating, Predikat predikat, String side) {
		return rating == null || limits == null ? null : limits.get("kurva." + slug(rating) + "." + slug(predikat) + "." + side);
	}

	private static String slug(Enum<?> value) {
		return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
