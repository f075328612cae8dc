package id.kinerja.recommendation;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kinerja.evaluation.OfficialResults;
import id.kinerja.evaluation.OfficialRun;
import id.kinerja.access.CurrentUser;
import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.system.PageOf;
import id.kinerja.recommendation.AwardsView.AwardView;
import id.kinerja.recommendation.AwardsView.Candidate;
import id.kinerja.staff.Agencies;
import id.kinerja.system.Capacity;
import id.kinerja.system.Refusal;
import id.kinerja.work.Jobs;
import id.kinerja.work.Queue;

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
	 * Candidates by run: a run's stored results and its policy version never change, and every page or order
	 * of the list asks again. Bounded by the number of candidates held; near-misses are kept by their job.
	 */
	private final Cache<AwardsKey, AwardsView> awardLists = Caffeine.newBuilder()
		.maximumWeight(200_000)
		.weigher((AwardsKey key, AwardsView view) -> 1 + view.awards().stream()
			.mapToInt(award -> award.candidates().size() + award.nearMisses().size()).sum())
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private static final Duration POLL = Duration.ofMillis(100);

	private final Capacity capacity;

	private final NearMissLists lists;

	private final NearMissTask task;

	private final Jobs jobs;

	private record AwardsKey(long run, String award, String agency) {
	}

	Recommendations(Courses courses, StoredResults results, OfficialResults official, AwardCandidates awards, Agencies agencies,
			RegionAccess access, Capacity capacity, NearMissLists lists, NearMissTask task, Jobs jobs) {
		this.capacity = capacity;
		this.lists = lists;
		this.task = task;
		this.jobs = jobs;
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
	 * The award candidates and, when asked for, the near-misses: a job of the engine's queue of lists finds them
	 * once per run, award and agency; until it is done the answer shows its progress and asking again
	 * shows how far it got. Waits at most {@code kinerja.work.near-miss-wait} for a list it has to start.
	 *
	 * @param award one award code, or null for every award
	 * @param agency one agency of the run's region, or null for every agency of the run
	 * @throws Refusal 429 when the queue of lists is full
	 */
	public AwardsView awardCandidates(long run, String award, String agency, boolean nearMisses) {
		OfficialRun stored = readable(run, agency);
		AwardsView view = awardLists.get(new AwardsKey(run, award, agency), key -> awards.of(stored, award, agency));
		if (!nearMisses) {
			return view;
		}
		NearMissLists.Scope scope = new NearMissLists.Scope(run, award, agency);
		NearMissLists.Stored list = lists.find(scope).orElse(null);
		if (list != null && list.status().equals("FAILED")) {
			lists.forget(list.id());
			list = null;
		}
		if (list == null) {
			list = await(start(stored, scope));
		}
		return view.withNearMisses(new AwardsView.NearMissList(list.id(), list.status(), list.done(), list.total(),
				list.error(), list.finishedAt()), list.nearMisses());
	}

	private long start(OfficialRun run, NearMissLists.Scope scope) {
		long waiting = lists.inProgress();
		if (waiting >= capacity.nearMisses() + capacity.nearMissQueue()) {
			throw Capacity.busy("daftar nyaris-penghargaan", capacity.nearMisses(), (int) waiting, Duration.ofSeconds(10));
		}
		long id = lists.queue(scope, awards.employees(run, scope.agency()), CurrentUser.name());
		jobs.background(Queue.NEAR_MISSES, task.task(), String.valueOf(id));
		return id;
	}

	/** The list once done within the wait, its progress otherwise. */
	private NearMissLists.Stored await(long id) {
		long deadline = System.nanoTime() + capacity.nearMissWait().toNanos();
		NearMissLists.Stored list = lists.find(id).orElseThrow();
		while (list.inProgress() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			list = lists.find(id).orElseThrow();
		}
		return list;
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
