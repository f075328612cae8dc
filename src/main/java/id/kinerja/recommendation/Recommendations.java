package id.kinerja.recommendation;

import java.time.Duration;
import java.util.List;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kinerja.evaluation.OfficialResults;
import id.kinerja.evaluation.OfficialRun;
import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.system.PageOf;
import id.kinerja.recommendation.AwardsView.AwardView;
import id.kinerja.recommendation.AwardsView.Candidate;
import id.kinerja.staff.Agencies;
import id.kinerja.system.Capacity;
import id.kinerja.system.Refusal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What other packages (the pages) may ask of an official run's recommendations: award candidates with
 * near-misses and the training plan, each refused (403, audited) outside the user's regions.
 */
@Component
public class Recommendations {

	private final Courses courses;

	private final StoredResults results;

	private final OfficialResults official;

	private final Agencies agencies;

	private final AwardCandidates awards;

	private final RegionAccess access;

	/**
	 * Award lists by run: a run's stored results and its policy version never change, while finding the
	 * near-misses of a city takes seconds, and every page or order of the list asks again. Bounded by the
	 * number of candidates and near-misses held.
	 */
	private final Cache<AwardsKey, AwardsView> awardLists = Caffeine.newBuilder()
		.maximumWeight(200_000)
		.weigher((AwardsKey key, AwardsView view) -> 1 + view.awards().stream()
			.mapToInt(award -> award.candidates().size() + award.nearMisses().size()).sum())
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private final Capacity capacity;

	private final Semaphore nearMissTurns;

	private record AwardsKey(long run, String award, String agency, boolean nearMisses) {
	}

	Recommendations(Courses courses, StoredResults results, OfficialResults official, AwardCandidates awards, Agencies agencies,
			RegionAccess access, Capacity capacity) {
		this.capacity = capacity;
		this.nearMissTurns = new Semaphore(capacity.nearMisses(), true);
		this.courses = courses;
		this.results = results;
		this.official = official;
		this.awards = awards;
		this.agencies = agencies;
		this.access = access;
	}

	/** A training plan as a file: its name, media type and bytes. */
	public record PlanFile(String name, MediaType mediaType, byte[] content) {
	}

	/** The file as an attachment, for the API and the pages alike. */
	public static ResponseEntity<byte[]> download(PlanFile file) {
		return ResponseEntity.ok()
			.contentType(file.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name()).build().toString())
			.body(file.content());
	}

	/**
	 * @param award one award code, or null for every award
	 * @param agency one agency of the run's region, or null for every agency of the run
	 */
	public AwardsView awardCandidates(long run, String award, String agency, boolean nearMisses) {
		OfficialRun stored = readable(run, agency);
		return awardLists.get(new AwardsKey(run, award, agency, nearMisses),
				key -> nearMisses ? computing(() -> awards.of(stored, award, agency, true))
						: awards.of(stored, award, agency, false));
	}

	/**
	 * Near-misses evaluate a whole run again with relaxed thresholds: at most {@code kinerja.work.near-misses}
	 * at once; a request that waits past {@code near-miss-wait} for its turn is refused with 429.
	 */
	private AwardsView computing(Supplier<AwardsView> work) {
		boolean turn;
		try {
			turn = nearMissTurns.tryAcquire(capacity.nearMissWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			turn = false;
		}
		if (!turn) {
			throw Capacity.busy("daftar nyaris-penghargaan", capacity.nearMisses(), nearMissTurns.getQueueLength(),
					capacity.nearMissWait());
		}
		try {
			return work.get();
		}
		finally {
			nearMissTurns.release();
		}
	}

	/**
	 * One page of an award's candidates in the order asked. The list is computed from the run's stored
	 * results (one award's holders in one run), not read from a table, so it is sorted here.
	 */
	public static PageOf<Candidate> candidates(AwardView award, CandidateSort sort, boolean descending, int page,
			int size) {
		return PageOf.sorted(award.candidates(), sort.order(descending), page, size);
	}

	/** One page of an award's near-misses in the order asked; as the candidates, computed, so sorted here. */
	public static PageOf<NearMiss> nearMisses(AwardView award, NearMissSort sort, boolean descending, int page,
			int size) {
		return PageOf.sorted(award.nearMisses(), sort.order(descending), page, size);
	}

	public PlanView trainingPlan(long run, String agency) {
		OfficialRun stored = readable(run, agency);
		return PlanView.of(stored, agency, planRows(stored, agency));
	}

	/** The training plan as CSV or XLSX; {@code format} csv or xlsx (400 naming {@code format} otherwise). */
	public PlanFile trainingPlanFile(long run, String agency, String format) {
		ExportFormat as = ExportFormat.of(format, null);
		if (as == ExportFormat.JSON) {
			throw new ExportFormat.UnsupportedFormat(format);
		}
		OfficialRun stored = readable(run, agency);
		return file(stored, agency, as, planRows(stored, agency));
	}

	TrainingPlanner planner() {
		return new TrainingPlanner(courses.byNeed());
	}

	List<TrainingPlan.Row> planRows(OfficialRun run, String agency) {
		List<Course> catalogue = courses.all();
		TrainingPlanner planner = new TrainingPlanner(Courses.byNeed(catalogue));
		TrainingPlan plan = new TrainingPlan(catalogue);
		results.eachWithTrainings(run.id(), agency, result -> plan.add(planner.advise(result)));
		return plan.rows();
	}

	static PlanFile file(OfficialRun run, String agency, ExportFormat format, List<TrainingPlan.Row> rows) {
		byte[] content = format == ExportFormat.XLSX ? PlanExport.xlsx(rows) : PlanExport.csv(rows);
		String name = "rencana-pelatihan-" + run.region() + (agency == null ? "" : "-" + agency) + "-" + run.period()
				+ "." + (format == ExportFormat.XLSX ? "xlsx" : "csv");
		return new PlanFile(name, format == ExportFormat.XLSX ? format.mediaType : ExportFormat.CSV.mediaType, content);
	}

	/** The run, when it exists, the user may read its region's results and the agency (if any) is the region's. */
	OfficialRun readable(long id, String agency) {
		OfficialRun run = official.run(id).orElseThrow(() -> Refusal.notFound("run", id));
		access.requireVisible(run.region(), Permission.READ_RESULTS, () -> Refusal.notFound("run", id));
		if (agency != null) {
			agencies.require(run.region(), agency);
		}
		return run;
	}

}
