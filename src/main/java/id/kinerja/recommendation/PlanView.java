package id.kinerja.recommendation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.kinerja.evaluation.OfficialRun;
import id.kinerja.recommendation.TrainingPlan.Row;

/**
 * A run's training plan.
 *
 * @param agency the agency asked for, null for every agency of the run
 * @param people employees with at least one course (or uncatalogued need) in the plan
 */
public record PlanView(long run, String region, String period, String agency, int people, int totalJp, List<Row> rows) {

	static PlanView of(OfficialRun run, String agency, List<Row> rows) {
		Set<String> people = new HashSet<>();
		rows.forEach(row -> people.addAll(row.nips()));
		return new PlanView(run.id(), run.region(), run.period(), agency, people.size(),
				rows.stream().mapToInt(Row::totalJp).sum(), rows);
	}

}
