package id.kinerja.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.AssessorScore;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Predikat;
import id.kinerja.policy.fact.Rating;

/**
 * The Makassar policy (national rules, Makassar's region rules and those of dinkes, disdik and dpu) written
 * by hand in plain Java: the ceiling the rule engine is compared with. Parameter values are typed in here on
 * purpose, not read from the policy, so that a layering mistake in either shows up as a disagreement.
 */
final class PlainJavaMakassar {

	static final int SATYALANCANA_X = 1, SATYALANCANA_XX = 2, SATYALANCANA_XXX = 4, PEGAWAI_TELADAN = 8,
			TENAGA_KESEHATAN_TELADAN = 16, PENGHARGAAN_PEKERJAAN_UMUM = 32;

	static final List<String> AWARD_CODES = List.of("SATYALANCANA_KARYA_SATYA_X", "SATYALANCANA_KARYA_SATYA_XX",
			"SATYALANCANA_KARYA_SATYA_XXX", "PEGAWAI_TELADAN", "TENAGA_KESEHATAN_TELADAN",
			"PENGHARGAAN_PEKERJAAN_UMUM");

	/** Training bits: the two fixed trainings, then one bit per BerAKHLAK value (ordinal + 2). */
	/** JP a year a PPPK's competence development may take at most (PP 49/2018). */
	static final double PPPK_DEVELOPMENT_LIMIT = 24;

	static final int PENGEMBANGAN_KOMPETENSI = 1, PENINGKATAN_KINERJA = 2, BERAKHLAK_FIRST_BIT = 2;

	/** Rows: work rating, columns: behaviour rating, both in enum order (Di Atas, Sesuai, Di Bawah). */
	private static final Predikat[][] MATRIX = {
			{ Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.KURANG },
			{ Predikat.BAIK, Predikat.BAIK, Predikat.KURANG },
			{ Predikat.BUTUH_PERBAIKAN, Predikat.BUTUH_PERBAIKAN, Predikat.SANGAT_KURANG } };

	private static final double[] CREDIT_PERCENT = { 150, 100, 75, 50, 25 };

	private static final double[] CREDIT_COEFFICIENT = { 12.5, 25, 37.5, 50, 3.75, 5, 12.5, 25 };

	private static final int BATCH = 200;

	private final Scope region = Scope.region();

	private final Map<String, Scope> agencies = Map.of("dinkes", Scope.dinkes(), "disdik", Scope.disdik(), "dpu",
			Scope.dpu());

	/** Doubles are NaN where the policy concludes nothing; awards and trainings are bit sets. */
	record Outcome(String nip, Rating workResultRating, Rating behaviourRating, Predikat predikat, double workScore,
			double behaviourIndex, double angkaKredit, double developmentGap, int awards, int trainings) {
	}

	Scope scope(String agency) {
		return agency == null ? region : agencies.getOrDefault(agency, region);
	}

	/** Same batching as the engine (200 per task, parallel on the caller's pool), so threads compare. */
	List<Outcome> evaluate(String agency, List<Employee> employees) {
		Scope scope = scope(agency);
		int batches = (employees.size() + BATCH - 1) / BATCH;
		List<List<Outcome>> results = IntStream.range(0, batches)
			.parallel()
			.mapToObj(i -> evaluate(scope, employees.subList(i * BATCH, Math.min(employees.size(), (i + 1) * BATCH))))
			.toList();
		List<Outcome> outcomes = new ArrayList<>(employees.size());
		results.forEach(outcomes::addAll);
		return outcomes;
	}

	private static List<Outcome> evaluate(Scope scope, List<Employee> batch) {
		List<Outcome> outcomes = new ArrayList<>(batch.size());
		for (Employee employee : batch) {
			outcomes.add(evaluate(scope, employee));
		}
		return outcomes;
	}

	static Outcome evaluate(Scope s, Employee e) {
		double workScore = workScore(s, e);
		Rating work = workRating(s, e, workScore);
		double index = behaviourIndex(s, e);
		Rating behaviour = e.behaviourRating() != null ? e.behaviourRating()
				: rating(index, s.behaviourAbove(), s.behaviourMeets());
		Predikat predikat = work == null || behaviour == null ? null : MATRIX[work.ordinal()][behaviour.ordinal()];
		double gap = e.employmentType() == EmploymentType.PNS && e.developmentHours() < s.developmentHours()
				? s.developmentHours() - e.developmentHours() : Double.NaN;
		return new Outcome(e.nip(), work, behaviour, predikat, workScore, index, angkaKredit(e, predikat), gap,
				awards(s, e, predikat, workScore), trainings(s, e, work, gap));
	}

	/** Weighted achievement, summed in list order in one pass, as the rule does. */
	static double workScore(Scope s, Employee e) {
		double total = 0, weights = 0;
		for (Indicator in : e.indicators()) {
			double w = in.weight();
			total += w * achievement(s, in);
			weights += w;
		}
		return weights > 0 ? rounded(total, weights) : Double.NaN;
	}

	private static double achievement(Scope s, Indicator in) {
		if (in.target() == 0) {
			return in.higherIsBetter() ? 100 : Math.max(0, 100 - s.zeroTargetCut() * in.realisation());
		}
		double ratio = in.higherIsBetter() ? in.realisation() / in.target()
				: in.target() / Math.max(in.realisation(), 0.000001);
		return Math.min(s.maxAchievement(), 100 * ratio);
	}

	/** A unit head's follows the unit, then the official's rating, then the achievement. */
	private static Rating workRating(Scope s, Employee e, double workScore) {
		if (e.unitHead() && e.organisationRating() != null) {
			return unitHeadRating(e.organisationRating());
		}
		if (e.workResultRating() != null) {
			return e.workResultRating();
		}
		Rating rating = rating(workScore, s.workAbove(), s.workMeets());
		if (rating == Rating.DI_ATAS_EKSPEKTASI && s.teacherPractice() && weakClassroomPractice(s, e)) {
			return Rating.SESUAI_EKSPEKTASI;
		}
		return rating;
	}

	private static Rating unitHeadRating(OrganisationRating unit) {
		return switch (unit) {
			case ISTIMEWA -> Rating.DI_ATAS_EKSPEKTASI;
			case BAIK -> Rating.SESUAI_EKSPEKTASI;
			default -> Rating.DI_BAWAH_EKSPEKTASI;
		};
	}

	private static boolean weakClassroomPractice(Scope s, Employee e) {
		if (!"Guru".equals(e.jobTitle())) {
			return false;
		}
		for (Indicator in : e.indicators()) {
			if (in.code().equals("PRAKTIK_KELAS")
					&& in.realisation() < in.target() * s.agency().practiceMinimum() / 100) {
				return true;
			}
		}
		return false;
	}

	private static Rating rating(double value, double above, double meets) {
		if (Double.isNaN(value)) {
			return null;
		}
		return value >= above ? Rating.DI_ATAS_EKSPEKTASI
				: value >= meets ? Rating.SESUAI_EKSPEKTASI : Rating.DI_BAWAH_EKSPEKTASI;
	}

	/** 360 score: each kind of assessor's mean, weighted; assessors without a score take no part. */
	static double behaviourIndex(Scope s, Employee e) {
		List<AssessorScore> assessors = e.assessors();
		double total = 0, weights = 0;
		for (int i = 0; i < assessors.size(); i++) {
			AssessorScore assessor = assessors.get(i);
			double w = s.assessorWeight(assessor.assessor());
			total += w * assessor.mean();
			weights += w;
		}
		return weights > 0 ? rounded(total, weights) : Double.NaN;
	}

	/** The quotient kept to two decimals, computed in the rules' order of operations. */
	private static double rounded(double total, double weights) {
		return Math.round(100 * total / weights) / 100.0;
	}

	private static double angkaKredit(Employee e, Predikat predikat) {
		FunctionalLevel level = e.functionalLevel();
		if (predikat == null || e.position() != Position.FUNGSIONAL || level == null) {
			return Double.NaN;
		}
		return e.periodMonths() / 12.0 * CREDIT_PERCENT[predikat.ordinal()] / 100 * CREDIT_COEFFICIENT[level.ordinal()];
	}

	/** Awards are decided in the annual evaluation only. */
	private static int awards(Scope s, Employee e, Predikat predikat, double workScore) {
		if (e.periodMonths() != 12) {
			return 0;
		}
		int awards = satyalancana(e);
		if (predikat == Predikat.SANGAT_BAIK && workScore >= s.agency().exemplaryMinimum()) {
			awards |= PEGAWAI_TELADAN;
		}
		if (s.healthWorkers() && exemplaryHealthWorker(s, e, predikat)) {
			awards |= TENAGA_KESEHATAN_TELADAN;
		}
		if (s.earlyProjects() && projectsAheadOfTarget(s, e)) {
			awards |= PENGHARGAAN_PEKERJAAN_UMUM;
		}
		return awards;
	}

	private static int satyalancana(Employee e) {
		if (e.heavySanction() || e.employmentType() != EmploymentType.PNS) {
			return 0;
		}
		return switch (e.yearsOfService()) {
			case 10 -> SATYALANCANA_X;
			case 20 -> SATYALANCANA_XX;
			case 30 -> SATYALANCANA_XXX;
			default -> 0;
		};
	}

	private static boolean exemplaryHealthWorker(Scope s, Employee e, Predikat predikat) {
		String title = e.jobTitle();
		if (predikat != Predikat.SANGAT_BAIK && predikat != Predikat.BAIK
				|| !("Dokter".equals(title) || "Perawat".equals(title) || "Bidan".equals(title))) {
			return false;
		}
		boolean patients = false, waiting = false;
		for (Indicator in : e.indicators()) {
			patients |= in.code().equals("PASIEN_DILAYANI")
					&& in.realisation() >= in.target() * s.agency().patientsMinimum() / 100;
			waiting |= in.code().equals("WAKTU_TUNGGU")
					&& in.realisation() <= in.target() * s.agency().waitingMaximum() / 100;
		}
		return patients && waiting;
	}

	private static boolean projectsAheadOfTarget(Scope s, Employee e) {
		boolean done = false, early = false;
		for (Indicator in : e.indicators()) {
			done |= in.code().equals("PROYEK_SELESAI")
					&& in.realisation() >= in.target() * s.agency().projectsMinimum() / 100;
			early |= in.code().equals("HARI_PENYELESAIAN_PROYEK")
					&& in.realisation() < in.target() * s.agency().projectDaysBelow() / 100;
		}
		return done && early;
	}

	private static int trainings(Scope s, Employee e, Rating work, double gap) {
		int trainings = Double.isNaN(gap) ? 0 : PENGEMBANGAN_KOMPETENSI;
		if (e.employmentType() == EmploymentType.PPPK && e.developmentHours() >= PPPK_DEVELOPMENT_LIMIT) {
			return trainings;
		}
		if (work == Rating.DI_BAWAH_EKSPEKTASI) {
			trainings |= PENINGKATAN_KINERJA;
		}
		for (BehaviourScore score : e.behaviour()) {
			if (score.assessor() == Assessor.SUPERVISOR && score.score() < s.supervisorScoreBelow()) {
				trainings |= 1 << (BERAKHLAK_FIRST_BIT + score.value().ordinal());
			}
		}
		return trainings;
	}

}
