package id.kinerja.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import id.kinerja.demo.GeneratedEmployee.Score;
import id.kinerja.policy.fact.Assessor;
import id.kinerja.policy.fact.CoreValue;
import id.kinerja.policy.fact.Position;
import id.kinerja.policy.fact.Rating;

/**
 * BerAKHLAK scores: supervisor and self for everybody (self a bit kinder), peers where the region uses 360
 * appraisal, subordinates for heads. Scores are halves from 1 to 5 around the employee's own level.
 */
final class Behaviour {

	private static final CoreValue[] VALUES = CoreValue.values();

	/** The possible scores 1.00, 1.50 ... 5.00, indexed by twice the score. */
	private static final BigDecimal[] HALVES = new BigDecimal[11];

	static {
		for (int i = 2; i <= 10; i++) {
			HALVES[i] = BigDecimal.valueOf(i * 50L, 2);
		}
	}

	private Behaviour() {
	}

	static List<Score> scores(Staffing.Person person, String supervisorNip, List<String> peerNips,
			SplittableRandom r) {
		double level = Streams.clamp(3.75 + 0.45 * person.quality(), 2, 4.75);
		List<Score> scores = new ArrayList<>(7 * (2 + peerNips.size() + 2));
		for (CoreValue value : VALUES) {
			double supervisor = half(level + 0.35 * r.nextGaussian());
			scores.add(score(value, Assessor.SUPERVISOR, supervisorNip, supervisor));
			scores.add(score(value, Assessor.SELF, person.nip(), half(supervisor + 0.25 + 0.3 * r.nextGaussian())));
		}
		for (String peer : peerNips) {
			for (CoreValue value : VALUES) {
				scores.add(score(value, Assessor.PEER, peer, half(level + 0.1 + 0.4 * r.nextGaussian())));
			}
		}
		if (leads(person.position())) {
			int subordinates = 1 + r.nextInt(2);
			for (int s = 0; s < subordinates; s++) {
				for (CoreValue value : VALUES) {
					// subordinates' feedback is anonymous
					scores.add(score(value, Assessor.SUBORDINATE, null, half(level + 0.4 * r.nextGaussian())));
				}
			}
		}
		return scores;
	}

	/** About 8% get an explicit rating of one or both axes from their supervisor; null otherwise. */
	static Rating[] officialRating(Staffing.Person person, SplittableRandom r) {
		if (person.supervisorIndex() < 0 || r.nextInt(100) >= 8) {
			return null;
		}
		int axes = r.nextInt(3);
		Rating work = axes != 1 ? rating(person.quality() + 0.5 * r.nextGaussian()) : null;
		Rating behaviour = axes != 0 ? rating(person.quality() + 0.5 * r.nextGaussian()) : null;
		return new Rating[] { work, behaviour };
	}

	static boolean leads(Position position) {
		return position == Position.JPT || position == Position.ADMINISTRATOR || position == Position.PENGAWAS;
	}

	private static Rating rating(double merit) {
		return merit > 1.0 ? Rating.DI_ATAS_EKSPEKTASI
				: merit < -1.3 ? Rating.DI_BAWAH_EKSPEKTASI : Rating.SESUAI_EKSPEKTASI;
	}

	private static Score score(CoreValue value, Assessor assessor, String nip, double score) {
		return new Score(value, assessor, nip, HALVES[(int) (score * 2)]);
	}

	private static double half(double score) {
		return Streams.clamp(Math.round(score * 2) / 2.0, 1, 5);
	}

}
