package id.kinerja.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import id.kinerja.appraisal.AgencyBatch;
import id.kinerja.appraisal.AppraisalFacts;
import id.kinerja.appraisal.BatchSink;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.SkpLine;
import id.kinerja.appraisal.SkpLines;
import id.kinerja.calibration.Calibrations;
import id.kinerja.document.EmployeeDocument.IndicatorLine;
import id.kinerja.document.EmployeeDocument.ValueLine;
import id.kinerja.evaluation.EmployeeResult;
import id.kinerja.evaluation.EvaluationResults;
import id.kinerja.evaluation.ResultSort;
import id.kinerja.evaluation.RunSummary;
import id.kinerja.policy.ParameterDefinition;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.staff.Agencies;
import id.kinerja.staff.Agency;
import id.kinerja.staff.Employees;
import id.kinerja.staff.Region;
import id.kinerja.staff.Regions;
import id.kinerja.system.PageOf;
import id.kinerja.system.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what the official documents state. A run's results are read through the evaluation module (which
 * answers 404 for a run of a region the user may not read) and the accepted calibration moves through the
 * calibration module; the staff, the SKP lines and the behaviour scores of the run's period come from theirs.
 */
@Service
@Transactional(readOnly = true)
class Documents {

	/** Results read per page while going through an agency: memory stays bounded however large it is. */
	static final int PAGE = 200;

	private final EvaluationResults results;

	private final Calibrations calibrations;

	private final Regions regions;

	private final Agencies agencies;

	private final Employees employees;

	private final Periods periods;

	private final SkpLines skp;

	private final AppraisalFacts facts;

	Documents(EvaluationResults results, Calibrations calibrations, Regions regions, Agencies agencies,
			Employees employees, Periods periods, SkpLines skp, AppraisalFacts facts) {
		this.results = results;
		this.calibrations = calibrations;
		this.regions = regions;
		this.agencies = agencies;
		this.employees = employees;
		this.periods = periods;
		this.skp = skp;
		this.facts = facts;
	}

	/** What every document of one agency of a run shares, read once. */
	record Scope(RunSummary run, DocumentHeader header, Person head, Map<String, Predikat> accepted) {

		String agency() {
			return header.agency();
		}

	}

	/** The scope of an agency of the run; 404 for a run the user may not read or an agency not in it. */
	Scope scope(long runId, String agency) {
		PageOf<EmployeeResult> first = results.results(runId, new EvaluationResults.Filter(agency, null),
				ResultSort.NIP, false, 0, 1);
		if (first.content().isEmpty()) {
			throw Refusal.notFound("agency", agency);
		}
		RunSummary run = results.detail(runId).run();
		Region region = regions.require(run.region());
		Agency found = agencies.require(run.region(), agency);
		Period period = periods.require(run.period());
		LocalDate date = run.finishedAt().atZoneSameInstant(region.getTimeZone().zone()).toLocalDate();
		DocumentHeader header = new DocumentHeader(runId, region.getName(), region.getProvince(), agency,
				found.getName(), period.getCode(), period.getStart(), period.getEnd(), run.policyVersion(),
				place(region), date);
		Person head = employees.findFirstByAgencyIdAndUnitHeadTrueOrderByIdAsc(found.getId()).map(Person::of)
			.orElse(null);
		return new Scope(run, header, head, calibrations.accepted(runId));
	}

	/** The scope of the agency the employee's result belongs to; 404 for an unknown NIP. */
	Scope scopeOf(long runId, String nip) {
		return scope(runId, results.result(runId, nip).agency());
	}

	/** "Kota Makassar" signs in Makassar. */
	private static String place(Region region) {
		return region.getName().replaceFirst("^(Kota|Kabupaten|Provinsi) ", "");
	}

	EmployeeDocument employee(Scope scope, String nip) {
		EmployeeResult result = results.result(scope.run().id(), nip);
		if (!result.agency().equals(scope.agency())) {
			throw Refusal.notFound("nip", nip);
		}
		id.kinerja.staff.Employee employee = employees.findByNip(nip).orElseThrow(() -> Refusal.notFound("nip", nip));
		Person official = employee.getSupervisor() == null ? null : Person.of(employee.getSupervisor());
		Predikat calibrated = scope.accepted().get(nip);
		return new EmployeeDocument(scope.header(), Person.of(employee), official, result,
				calibrated == null ? null : calibrated.name(), indicators(scope, employee, result),
				behaviour(scope, employee.getId()));
	}

	/** The SKP lines of the period with each achievement counted by the parameters the result's rules read. */
	private List<IndicatorLine> indicators(Scope scope, id.kinerja.staff.Employee employee, EmployeeResult result) {
		Map<String, Double> read = result.parameters()
			.stream()
			.collect(Collectors.toMap(ParameterDefinition::name, ParameterDefinition::value, (a, b) -> b));
		double maximum = read.getOrDefault("capaian.maksimum", Double.POSITIVE_INFINITY);
		double zeroTarget = read.getOrDefault("capaian.target-nol.potongan", 0.0);
		boolean formula = read.getOrDefault("capaian.rumus-8-2021", 0.0) == 1;
		List<IndicatorLine> lines = new ArrayList<>();
		for (SkpLine line : skp.findByEmployeeIdAndPeriodCodeOrderById(employee.getId(), scope.run().period())) {
			Double achievement = line.getRealisation() == null ? null
					: new Indicator(line.getIndicatorCode(), line.getWeight().doubleValue(),
							line.getTarget().doubleValue(), line.getRealisation().doubleValue(),
							line.isHigherIsBetter())
						.achievement(maximum, zeroTarget, formula);
			lines.add(new IndicatorLine(line.getKind().name(), line.getIndicatorName(), line.getAspect().name(),
					line.getUnit(), line.getWeight(), line.getTarget(), line.getRealisation(), achievement,
					line.isHigherIsBetter()));
		}
		return lines;
	}

	/** Each BerAKHLAK value with the mean of the scores its kinds of assessor gave in the period. */
	private List<ValueLine> behaviour(Scope scope, long employeeId) {
		List<Employee> found = new ArrayList<>(1);
		facts.load(scope.run().region(), scope.agency(), scope.run().period(), employeeId, employeeId, new BatchSink() {

			@Override
			public void batch(AgencyBatch batch) {
				found.addAll(batch.employees());
			}

			@Override
			public void agencyDone(String agency, OrganisationRating rating) {
				// one employee: nothing to wait for
			}

		});
		Map<CoreValue, List<Double>> byValue = new EnumMap<>(CoreValue.class);
		if (!found.isEmpty()) {
			for (BehaviourScore score : found.get(0).behaviour()) {
				byValue.computeIfAbsent(score.value(), v -> new ArrayList<>()).add(score.score());
			}
		}
		List<ValueLine> lines = new ArrayList<>();
		for (CoreValue value : CoreValue.values()) {
			List<Double> scores = byValue.getOrDefault(value, List.of());
			Double mean = scores.isEmpty() ? null : scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			lines.add(new ValueLine(value.label(), mean, scores.size()));
		}
		return lines;
	}

	/** Every result of the scope's agency, page by page, by NIP. */
	void eachResult(Scope scope, Consumer<EmployeeResult> each) {
		for (int page = 0;; page++) {
			PageOf<EmployeeResult> found = results.results(scope.run().id(),
					new EvaluationResults.Filter(scope.agency(), null), ResultSort.NIP, false, page, PAGE);
			found.content().forEach(each);
			if (found.content().size() < PAGE) {
				return;
			}
		}
	}

	Recap recap(Scope scope) {
		List<Recap.Row> rows = new ArrayList<>();
		Map<String, Long> counts = counts();
		Map<String, Long> calibrated = counts();
		eachResult(scope, result -> {
			Predikat moved = scope.accepted().get(result.nip());
			String after = moved == null ? result.predikat() : moved.name();
			rows.add(new Recap.Row(rows.size() + 1, result.nip(), result.name(), result.workResultRating(),
					result.workScore(), result.behaviourRating(), result.behaviourIndex(), result.score(),
					result.predikat(), moved == null ? null : after));
			counts.merge(result.predikat() == null ? NONE : result.predikat(), 1L, Long::sum);
			calibrated.merge(after == null ? NONE : after, 1L, Long::sum);
		});
		return new Recap(scope.header(), scope.head(), rows, counts, calibrated);
	}

	static final String NONE = "TANPA_PREDIKAT";

	/** Every predikat, best first, then those without one, each at 0. */
	private static Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Predikat predikat : Predikat.values()) {
			counts.put(predikat.name(), 0L);
		}
		counts.put(NONE, 0L);
		return counts;
	}

}
