package id.kinerja.evaluation;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.access.RegionScope;
import id.kinerja.authoring.PolicyVersions;
import id.kinerja.staff.Agencies;
import id.kinerja.system.PageOf;
import id.kinerja.system.Refusal;
import id.kinerja.system.SqlOrder;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading runs and their results, for the API and the pages alike: only runs of regions whose results
 * the user may read.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationResults {

	/** Only runs whose every partition is written are official, and listed. */
	private static final String DONE = "DONE";

	private final EvaluationRuns runs;

	private final ResultQueries results;

	private final RegionAccess access;

	private final RunPartitions partitions;

	private final PolicyVersions versions;

	private final TrendQueries trends;

	private final Agencies agencies;

	EvaluationResults(EvaluationRuns runs, ResultQueries results, RegionAccess access, RunPartitions partitions,
			PolicyVersions versions, TrendQueries trends, Agencies agencies) {
		this.trends = trends;
		this.agencies = agencies;
		this.versions = versions;
		this.partitions = partitions;
		this.runs = runs;
		this.results = results;
		this.access = access;
	}

	/** Runs of a region, or of every region the user may read when {@code region} is null; newest first. */
	public PageOf<RunSummary> runs(String region, int page, int size) {
		return runs(region, RunSort.STARTED, true, page, size);
	}

	/** As {@link #runs(String, int, int)}, in the order asked; the database sorts and pages. */
	public PageOf<RunSummary> runs(String region, RunSort sort, boolean descending, int page, int size) {
		access.require(region, Permission.READ_RESULTS);
		PageRequest request = PageRequest.of(page, size, SqlOrder.newestFirstWithin(sort.property, descending));
		RegionScope scope = access.scope(Permission.READ_RESULTS);
		Page<EvaluationRun> found = region != null ? runs.findByRegionAndStatus(region, DONE, request)
				: scope.all() ? runs.findByStatus(DONE, request) : runs.findByRegionInAndStatus(scope.regions(), DONE, request);
		return PageOf.of(found.map(EvaluationRun::summary).getContent(), page, size, found.getTotalElements());
	}

	/**
	 * A run with its partitions; its distribution and findings once it is official. A run still waiting or
	 * running is shown to who may read its region's results, to follow it.
	 */
	public RunDetail detail(long id) {
		EvaluationRun run = runs.findById(id).orElseThrow(() -> Refusal.notFound("run", id));
		access.requireVisible(run.getRegion(), Permission.READ_RESULTS, () -> Refusal.notFound("run", id));
		if (!run.official()) {
			return new RunDetail(run.summary(), run.status(), partitions.of(id), Map.of(), List.of());
		}
		return new RunDetail(run.summary(), run.status(), partitions.of(id), results.distribution(id),
				results.findings(id));
	}

	/**
	 * Which results to read: null fields do not filter.
	 *
	 * @param award the code of an award the results hold
	 * @param training the code of a training the results recommend
	 */
	public record Filter(String agency, String predikat, String award, String training) {

		public Filter(String agency, String predikat) {
			this(agency, predikat, null, null);
		}

	}

	/** The codes and names of the awards the run's results hold, for a filter to offer. */
	public Map<String, String> awards(long id) {
		readable(id);
		return results.outcomes(id, true);
	}

	/** The codes and names of the trainings the run's results recommend, for a filter to offer. */
	public Map<String, String> trainings(long id) {
		readable(id);
		return results.outcomes(id, false);
	}

	public PageOf<EmployeeResult> results(long id, Filter filter, ResultSort sort, boolean descending, int page,
			int size) {
		readable(id);
		return results.page(id, filter, sort, descending, page, size);
	}

	/**
	 * One result, explained with the parameter values its rules read under the run's policy version, with the
	 * assessing official's feedback for the period.
	 */
	public EmployeeResult result(long id, String nip) {
		RunSummary run = readable(id).summary();
		EmployeeResult result = results.one(id, nip).orElseThrow(() -> Refusal.notFound("nip", nip));
		return result.withParameters(versions.compiled(run.region(), run.policyVersion())
			.parametersRead(result.agency(), result.firedRules()))
			.withFeedback(results.feedback(run.region(), nip, run.period()).orElse(null));
	}

	/** Writes the filtered results as CSV, or as XLSX when {@code xlsx}, page by page. */
	public void export(long id, Filter filter, boolean xlsx, OutputStream out) {
		readable(id);
		ResultExport.Pages pages = (page, size) -> results.page(id, filter, ResultSort.AGENCY, false, page, size)
			.content();
		if (xlsx) {
			ResultExport.xlsx(pages, out);
		}
		else {
			ResultExport.csv(pages, out);
		}
	}

	/**
	 * An employee's official results across the periods of a year, one point per period from its newest run.
	 * @throws Refusal 404 when no official run of that year holds the employee
	 */
	public Trends.EmployeeTrend employeeTrend(String region, String nip, int year) {
		access.requireVisible(region, Permission.READ_RESULTS, () -> Refusal.notFound("nip", nip));
		List<TrendQueries.Named<Trends.EmployeePoint>> points = trends.employee(region, nip, year);
		if (points.isEmpty()) {
			throw Refusal.notFound("nip", nip);
		}
		return new Trends.EmployeeTrend(region, nip, points.get(points.size() - 1).name(), year,
				points.stream().map(TrendQueries.Named::point).toList());
	}

	/**
	 * An agency's predikat spread and mean scores across the periods of a year; no points when no official
	 * run of that year evaluated it.
	 * @throws id.kinerja.staff.UnknownAgency 404 for an agency the region does not have
	 */
	public Trends.AgencyTrend agencyTrend(String region, String agency, int year) {
		access.requireVisible(region, Permission.READ_RESULTS, () -> Refusal.notFound("region", region));
		agencies.require(region, agency);
		return new Trends.AgencyTrend(region, agency, year, trends.agency(region, agency, year));
	}

	/**
	 * The run, if it exists, is official (every partition written) and the user may read the results of its
	 * region; a run still waiting, running or failed answers as an unknown one.
	 */
	EvaluationRun readable(long id) {
		EvaluationRun run = runs.findById(id).filter(EvaluationRun::official)
			.orElseThrow(() -> Refusal.notFound("run", id));
		access.requireVisible(run.getRegion(), Permission.READ_RESULTS, () -> Refusal.notFound("run", id));
		return run;
	}

}
