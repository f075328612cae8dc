package id.kinerja.policy;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.policy.EmployeeOutcome.AwardOutcome;
import id.kinerja.policy.EmployeeOutcome.TrainingOutcome;
import id.kinerja.policy.fact.AngkaKredit;
import id.kinerja.policy.fact.Award;
import id.kinerja.policy.fact.BehaviourIndex;
import id.kinerja.policy.fact.BehaviourRating;
import id.kinerja.policy.fact.Conclusion;
import id.kinerja.policy.fact.DevelopmentGap;
import id.kinerja.policy.fact.FinalScore;
import id.kinerja.policy.fact.PredikatKinerja;
import id.kinerja.policy.fact.Training;
import id.kinerja.policy.fact.WorkResultRating;
import id.kinerja.policy.fact.WorkScore;

/** Collects the conclusions and fired rules of one employee during a session. */
final class OutcomeBuilder {

	private final String nip;

	private final boolean unitHead;

	private final List<FiredRule> fired = new ArrayList<>(16);

	private final List<AwardOutcome> awards = new ArrayList<>(2);

	private final List<TrainingOutcome> trainings = new ArrayList<>(2);

	private List<String> warnings = List.of();

	private Decided<WorkResultRating> work;

	private Decided<BehaviourRating> behaviour;

	private Decided<PredikatKinerja> predikat;

	private Decided<FinalScore> score;

	private Decided<WorkScore> workScore;

	private Decided<BehaviourIndex> behaviourIndex;

	private Decided<AngkaKredit> credit;

	private Decided<DevelopmentGap> gap;

	OutcomeBuilder(String nip, boolean unitHead) {
		this.nip = nip;
		this.unitHead = unitHead;
	}

	void fired(FiredRule rule) {
		if (!fired.contains(rule)) {
			fired.add(rule);
		}
	}

	void concluded(Conclusion conclusion, FiredRule rule) {
		if (conclusion instanceof WorkResultRating c) {
			work = decide(work, c, rule);
		}
		else if (conclusion instanceof BehaviourRating c) {
			behaviour = decide(behaviour, c, rule);
		}
		else if (conclusion instanceof PredikatKinerja c) {
			predikat = decide(predikat, c, rule);
		}
		else if (conclusion instanceof FinalScore c) {
			score = decide(score, c, rule);
		}
		else if (conclusion instanceof WorkScore c) {
			workScore = decide(workScore, c, rule);
		}
		else if (conclusion instanceof BehaviourIndex c) {
			behaviourIndex = decide(behaviourIndex, c, rule);
		}
		else if (conclusion instanceof AngkaKredit c) {
			credit = decide(credit, c, rule);
		}
		else if (conclusion instanceof DevelopmentGap c) {
			gap = decide(gap, c, rule);
		}
		else if (conclusion instanceof Award c) {
			awards.add(new AwardOutcome(c.code(), c.name(), rule));
		}
		else if (conclusion instanceof Training c) {
			trainings.add(new TrainingOutcome(c.code(), c.name(), c.hours(), c.reason(), rule));
		}
		// other conclusions (e.g. intermediate ones) stay inside the session
	}

	/** The first decision stands; a different second one is kept as a warning for the policy officer. */
	private <T> Decided<T> decide(Decided<T> earlier, T value, FiredRule rule) {
		if (earlier == null) {
			return new Decided<>(value, rule);
		}
		if (!earlier.value().equals(value)) {
			warn("Aturan \"" + rule.rule() + "\" (" + rule.file() + ") memutuskan " + value + ", padahal aturan \""
					+ earlier.rule().rule() + "\" (" + earlier.rule().file() + ") sudah memutuskan " + earlier.value());
		}
		return earlier;
	}

	private void warn(String warning) {
		if (warnings.isEmpty()) {
			warnings = new ArrayList<>(1);
		}
		warnings.add(warning);
	}

	EmployeeOutcome build() {
		return new EmployeeOutcome(nip, unitHead, work == null ? null : work.value().rating(),
				behaviour == null ? null : behaviour.value().rating(),
				predikat == null ? null : predikat.value().predikat(), score == null ? null : score.value().value(),
				workScore == null ? null : workScore.value().value(),
				behaviourIndex == null ? null : behaviourIndex.value().value(),
				credit == null ? null : credit.value().value(), gap == null ? null : gap.value().missingHours(),
				List.copyOf(awards), List.copyOf(trainings), List.copyOf(fired), List.copyOf(warnings), List.of());
	}

	private record Decided<T>(T value, FiredRule rule) {
	}

}
