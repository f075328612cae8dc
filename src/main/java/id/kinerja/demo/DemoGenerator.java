package id.kinerja.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import id.kinerja.appraisal.FactAssembler;
import id.kinerja.appraisal.PeriodCode;
import id.kinerja.demo.GeneratedEmployee.Activity;
import id.kinerja.demo.GeneratedEmployee.Line;
import id.kinerja.demo.GeneratedEmployee.Score;
import id.kinerja.policy.fact.CitizenInput;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Rating;

/**
 * Deterministic demo data: the same seed gives the same data byte for byte. Each employee's data comes from
 * random streams keyed by seed, region and index (and period), so employee {@code i} is the same whether 10
 * or 1,000,000 employees are generated, and {@link #employees} streams without keeping anybody in memory.
 */
public final class DemoGenerator {

	/** Employee indexes of a region run from 0 to this limit (exclusive). */
	public static final int MAX_EMPLOYEES_PER_REGION = Staffing.MAX_PER_REGION;

	/** The periods the demo loads: the annual one, its last quarter and its last month. */
	public static final List<String> DEMO_PERIODS = List.of("2025", "2025-Q4", "2025-12");

	private final long seed;

	private final Map<String, RegionSpec> regions = new LinkedHashMap<>();

	private final Map<String, Staffing> staffing = new LinkedHashMap<>();

	public DemoGenerator(long seed) {
		this.seed = seed;
		for (RegionSpec region : Catalogue.regions()) {
			regions.put(region.id(), region);
			staffing.put(region.id(), new Staffing(seed, region, Catalogue.PROFILES.get(region.id())));
		}
	}

	/** The four seed regions in id order, with their agencies in code order. */
	public List<RegionSpec> regions() {
		return List.copyOf(regions.values());
	}

	public RegionSpec region(String regionId) {
		RegionSpec region = regions.get(regionId);
		if (region == null) {
			throw new IllegalArgumentException("No demo region '" + regionId + "'; known: " + regions.keySet());
		}
		return region;
	}

	/** Employees 0..count-1 of a region for a period, one at a time. */
	public void employees(String regionId, int count, String periodCode, Consumer<GeneratedEmployee> sink) {
		employees(regionId, 0, count, periodCode, sink);
	}

	/** Employees from..from+count-1, e.g. to split a large region into chunks. */
	public void employees(String regionId, int from, int count, String periodCode,
			Consumer<GeneratedEmployee> sink) {
		region(regionId);
		if (from < 0 || count < 0 || (long) from + count > MAX_EMPLOYEES_PER_REGION) {
			throw new IllegalArgumentException("Employees " + from + ".." + ((long) from + count - 1)
					+ " are outside 0.." + (MAX_EMPLOYEES_PER_REGION - 1));
		}
		PeriodCode period = PeriodCode.parse(periodCode);
		for (int i = from; i < from + count; i++) {
			sink.accept(employee(regionId, i, period));
		}
	}

	public GeneratedEmployee employee(String regionId, int index, String periodCode) {
		region(regionId);
		return employee(regionId, index, PeriodCode.parse(periodCode));
	}

	/** Citizen feedback and organisation rating of each agency of a region, in agency-code order. */
	public List<GeneratedAgency> agencies(String regionId, String periodCode) {
		RegionSpec region = region(regionId);
		PeriodCode.parse(periodCode);
		Catalogue.Profile profile = Catalogue.PROFILES.get(regionId);
		List<GeneratedAgency> agencies = new ArrayList<>();
		for (AgencySpec agency : region.agencies()) {
			SplittableRandom r = Streams.of(seed, profile.ordinal(), -2,
					Streams.purpose("agency/" + agency.code() + "/" + periodCode));
			agencies.add(Outcomes.agency(regionId, agency, periodCode, profile.channels(), r));
		}
		return agencies;
	}

	/**
	 * The rules' fact for a generated employee, mapped exactly as {@code AppraisalFacts} maps database rows.
	 * @param citizenSatisfaction the agency's IKM, see {@link #citizenSatisfaction(GeneratedAgency)}
	 * @param organisationRating the agency's rating for the period, null if none
	 */
	public static Employee toFact(GeneratedEmployee e, Double citizenSatisfaction,
			OrganisationRating organisationRating) {
		FactAssembler facts = new FactAssembler(new FactAssembler.Staff(e.nip(), e.name(), e.agencyCode(),
				e.position(), e.functionalLevel(), e.jobTitle(), e.rank(), e.employmentType(), e.unitHead(),
				e.sanction(), false));
		for (Line line : e.lines()) {
			facts.indicator(line.code(), line.weight().doubleValue(), line.target().doubleValue(),
					line.realisation() == null ? null : line.realisation().doubleValue(), line.higherIsBetter());
		}
		for (Score score : e.behaviour()) {
			facts.behaviour(score.value(), score.assessor(), score.score().doubleValue());
		}
		for (Activity activity : e.development()) {
			facts.developmentHours(activity.hours().doubleValue());
		}
		facts.ratings(e.workResultRating(), e.behaviourRating());
		PeriodCode period = PeriodCode.parse(e.periodCode());
		return facts.organisationRating(organisationRating).toFact(period.end(), period.months(), citizenSatisfaction);
	}

	/** The rules' fact with the agency's IKM, rating and citizen input, as {@code AppraisalFacts} maps them. */
	public static Employee toFact(GeneratedEmployee e, GeneratedAgency agency) {
		Map<String, int[]> byService = new TreeMap<>();
		for (GeneratedAgency.Input input : agency.input()) {
			int[] counts = byService.computeIfAbsent(input.service(), s -> new int[2]);
			counts[0] += input.complaints();
			counts[1] += input.suggestions();
		}
		List<CitizenInput> input = new ArrayList<>();
		byService.forEach((service, counts) -> input.add(new CitizenInput(service, counts[0], counts[1])));
		return toFact(e, citizenSatisfaction(agency), agency.rating()).withCitizenInput(input);
	}

	/** The agency's respondent-weighted IKM, null without feedback. */
	public static Double citizenSatisfaction(GeneratedAgency agency) {
		FactAssembler.Satisfaction satisfaction = new FactAssembler.Satisfaction();
		agency.feedback().forEach(f -> satisfaction.add(f.satisfactionIndex().doubleValue(), f.respondents()));
		return satisfaction.value();
	}

	private GeneratedEmployee employee(String regionId, int index, PeriodCode period) {
		Staffing staff = staffing.get(regionId);
		Catalogue.Profile profile = Catalogue.PROFILES.get(regionId);
		Staffing.Person person = staff.person(index);
		AgencySpec agency = regions.get(regionId).agencies().get(person.agency());
		SplittableRandom plan = Streams.of(seed, profile.ordinal(), index, Streams.PLAN);
		SplittableRandom actual = Streams.of(seed, profile.ordinal(), index, Streams.purpose(period.code()));
		String supervisorNip = person.supervisorIndex() < 0 ? null : staff.nip(person.supervisorIndex());
		List<Line> lines = Performance.lines(person, agency, profile.regionIndicator(), period, plan, actual,
				"https://e-kinerja." + regionId + ".go.id/bukti/" + person.nip() + "/" + period.code() + "/");
		List<String> peers = peers(staff, person, profile, plan);
		List<Score> behaviour = Behaviour.scores(person, supervisorNip, peers, actual);
		Rating[] official = Behaviour.officialRating(person, actual);
		List<Activity> development = Outcomes.development(
				Streams.of(seed, profile.ordinal(), index, Streams.purpose("year/" + period.year())),
				"Pelatihan " + agency.name());
		return new GeneratedEmployee(regionId, index, person.nip(), person.name(), agency.code(), person.position(),
				person.level(), person.jobTitle(), person.rank(), person.type(), person.member() == 0,
				person.supervisorIndex(), supervisorNip, person.sanction(), period.code(), lines, behaviour,
				official == null ? null : official[0], official == null ? null : official[1],
				official == null ? null : supervisorNip, development);
	}

	/** 2-3 colleagues of the same agency who joined the stream earlier, for regions using 360 appraisal. */
	private static List<String> peers(Staffing staff, Staffing.Person person, Catalogue.Profile profile,
			SplittableRandom plan) {
		if (person.member() < 2 || plan.nextDouble() >= profile.peerShare()) {
			return List.of();
		}
		int count = 2 + plan.nextInt(2);
		List<String> peers = new ArrayList<>(count);
		for (int p = 0; p < count; p++) {
			int member = person.member() - 1 - plan.nextInt(Math.min(person.member() - 1, 10));
			peers.add(staff.nip(staff.indexOf(person.agency(), member)));
		}
		return peers;
	}

}
