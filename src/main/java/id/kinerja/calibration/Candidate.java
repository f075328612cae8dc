package id.kinerja.calibration;

import java.math.BigDecimal;
import java.util.Comparator;

import id.kinerja.policy.fact.Predikat;

import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

/** One employee of an agency as a run stored them: the figures the ranking reads. */
record Candidate(String nip, String name, Predikat predikat, BigDecimal score, BigDecimal workScore,
		BigDecimal behaviourIndex) {

	/** The ranking in words, shown with every proposal. */
	static final String RANKING_TEXT = "Nilai akhir terendah lebih dulu, lalu nilai hasil kerja terendah, lalu indeks "
			+ "perilaku terendah, lalu NIP; pegawai tanpa nilai berada di urutan terakhir";

	/**
	 * Who moves first within a predikat: lowest final score, then lowest work score, then lowest behaviour
	 * index, then NIP. A missing figure ranks after every present one: nobody moves for a figure they lack.
	 */
	static final Comparator<Candidate> RANKING = Comparator
		.comparing(Candidate::score, nullsLast(Comparator.<BigDecimal>naturalOrder()))
		.thenComparing(Candidate::workScore, nullsLast(Comparator.<BigDecimal>naturalOrder()))
		.thenComparing(Candidate::behaviourIndex, nullsLast(Comparator.<BigDecimal>naturalOrder()))
		.thenComparing(Candidate::nip, naturalOrder());

}
