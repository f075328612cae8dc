package id.kinerja.recommendation;

import java.util.Comparator;

import id.kinerja.recommendation.AwardsView.Candidate;

/** How an award's candidates can be ordered; candidates equal on the column keep their rank. */
public enum CandidateSort {

	RANK(Comparator.comparingInt(Candidate::rank)), NIP(Comparator.comparing(Candidate::nip)),
	NAME(Comparator.comparing(Candidate::name)), AGENCY(Comparator.comparing(Candidate::agency)),
	SCORE(Comparator.comparing(Candidate::score, Comparator.nullsLast(Comparator.naturalOrder()))),
	WORK_SCORE(Comparator.comparing(Candidate::workScore, Comparator.nullsLast(Comparator.naturalOrder()))),
	BEHAVIOUR_INDEX(Comparator.comparing(Candidate::behaviourIndex, Comparator.nullsLast(Comparator.naturalOrder())));

	private final Comparator<Candidate> column;

	CandidateSort(Comparator<Candidate> column) {
		this.column = column;
	}

	Comparator<Candidate> order(boolean descending) {
		Comparator<Candidate> order = column.thenComparingInt(Candidate::rank);
		return descending ? order.reversed() : order;
	}

}
