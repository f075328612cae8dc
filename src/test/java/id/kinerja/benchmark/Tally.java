package id.kinerja.benchmark;

import java.util.Map;
import java.util.TreeMap;

import id.kinerja.benchmark.Agreement.Conclusions;

/** Counts of predikat, awards and trainings of one side, and a checksum of its conclusions. */
final class Tally {

	private final Map<String, Long> predikat = new TreeMap<>();

	private final Map<String, Long> awards = new TreeMap<>();

	private final Map<String, Long> trainings = new TreeMap<>();

	private long checksum;

	void add(Conclusions c) {
		predikat.merge(c.predikat() == null ? "(none)" : c.predikat(), 1L, Long::sum);
		c.awards().forEach(a -> awards.merge(a, 1L, Long::sum));
		c.trainings().forEach(t -> trainings.merge(t.startsWith("BERAKHLAK_") ? "BERAKHLAK_*" : t, 1L, Long::sum));
		checksum += c.hash();
	}

	void print(String indent, String side) {
		System.out.printf("%s%s predikat  %s%n", indent, side, predikat);
		System.out.printf("%s%s awards    %s%n", indent, side, awards);
		System.out.printf("%s%s trainings %s%n", indent, side, trainings);
		System.out.printf("%s%s checksum  %016x%n", indent, side, checksum);
	}

}
