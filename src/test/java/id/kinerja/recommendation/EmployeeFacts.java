package id.kinerja.recommendation;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.policy.EmployeeOutcome;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Rating;

/**
 * One employee's facts for a test, built from a plain default (15 years of service, 20 JP, one indicator
 * at 100%, every supervisor score 4, unit rated Baik) with the one thing a case changes.
 */
final class EmployeeFacts {

	private final String nip;

	private final String agency;

	private String jobTitle = "Analis Kebijakan";

	private int yearsOfService = 15;

	private boolean heavySanction;

	private Rating workResultRating;

	private Rating behaviourRating;

	private Double citizenSatisfaction;

	private double developmentHours = 20;

	private final List<Indicator> indicators = new ArrayList<>(List.of(new Indicator("CAPAIAN", 100, 100, 100, true)));

	private final List<BehaviourScore> behaviour = new ArrayList<>();

	private EmployeeFacts(String nip, String agency) {
		this.nip = nip;
		this.agency = agency;
		for (CoreValue value : CoreValue.values()) {
			behaviour.add(new BehaviourScore(value, Assessor.SUPERVISOR, 4));
		}
	}

	static EmployeeFacts of(String nip, String agency) {
		return new EmployeeFacts(nip, agency);
	}

	/** Work and behaviour rated above expectation by the assessing official: Sangat Baik. */
	EmployeeFacts sangatBaik() {
		return rated(Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI);
	}

	/** Work and behaviour as expected: Baik. */
	EmployeeFacts baik() {
		return rated(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);
	}

	EmployeeFacts rated(Rating work, Rating behaviour) {
		this.workResultRating = work;
		this.behaviourRating = behaviour;
		return this;
	}

	EmployeeFacts jobTitle(String title) {
		this.jobTitle = title;
		return this;
	}

	EmployeeFacts yearsOfService(int years, boolean heavySanction) {
		this.yearsOfService = years;
		this.heavySanction = heavySanction;
		return this;
	}

	EmployeeFacts citizenSatisfaction(double index) {
		this.citizenSatisfaction = index;
		return this;
	}

	EmployeeFacts developmentHours(double hours) {
		this.developmentHours = hours;
		return this;
	}

	/** Replaces the indicators; the first call drops the default one. */
	EmployeeFacts indicator(String code, double target, double realisation) {
		if (indicators.size() == 1 && indicators.get(0).code().equals("CAPAIAN")) {
			indicators.clear();
		}
		indicators.add(new Indicator(code, 100.0 / 2, target, realisation, true));
		return this;
	}

	/** The work score as the only indicator's achievement in percent. */
	EmployeeFacts workScore(double percent) {
		indicators.clear();
		indicators.add(new Indicator("CAPAIAN", 100, 100, percent, true));
		return this;
	}

	EmployeeFacts supervisorScore(CoreValue value, double score) {
		behaviour.replaceAll(s -> s.value() == value ? new BehaviourScore(value, Assessor.SUPERVISOR, score) : s);
		return this;
	}

	Employee build() {
		return new Employee(nip, "Pegawai " + nip.substring(14), agency, Position.FUNGSIONAL, null, jobTitle, "III/c",
				EmploymentType.PNS, false, OrganisationRating.BAIK, yearsOfService, heavySanction, workResultRating,
				behaviourRating, citizenSatisfaction, developmentHours, indicators, behaviour);
	}

	/** An outcome as a run stores it. */
	static StoredResult stored(Employee employee, EmployeeOutcome outcome) {
		return new StoredResult(outcome.nip(), employee.name(), employee.agency(),
				outcome.predikat() == null ? null : outcome.predikat().name(), outcome.score(), outcome.workScore(),
				outcome.behaviourIndex(), outcome.developmentGap(), outcome.awards(), outcome.trainings());
	}

}
