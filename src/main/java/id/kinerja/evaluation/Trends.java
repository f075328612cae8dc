package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An employee's and an agency's official results across the runs of one year (monthly, quarterly, annual),
 * for Medan's real-time monitoring: one point per period, from its newest official run.
 */
public final class Trends {

	private Trends() {
	}

	/** One employee's points, oldest period end first, a month before its quarter before its year. */
	public record EmployeeTrend(String region, String nip, String name, int year, List<EmployeePoint> points) {
	}

	/**
	 * @param level the predikat as a number for a chart, 5 Sangat Baik to 1 Sangat Kurang; null without one
	 */
	public record EmployeePoint(long runId, String period, String kind, String agency, String predikat,
			Integer level, BigDecimal score, BigDecimal workScore, BigDecimal behaviourIndex) {
	}

	/** One agency's points, in the same order. */
	public record AgencyTrend(String region, String agency, int year, List<AgencyPoint> points) {
	}

	/**
	 * @param predikat employees per predikat ({@code TANPA_PREDIKAT} for those without one)
	 * @param averageScore the mean final score of those who have one; null where the policy sets none
	 */
	public record AgencyPoint(long runId, String period, String kind, int employees, Map<String, Long> predikat,
			BigDecimal averageScore, BigDecimal averageWorkScore, BigDecimal averageBehaviourIndex) {
	}

}
