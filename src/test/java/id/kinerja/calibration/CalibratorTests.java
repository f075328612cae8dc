package id.kinerja.calibration;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kinerja.calibration.Plan.Move;
import id.kinerja.policy.BenchmarkAccess;
import id.kinerja.policy.CompiledPolicy;
import id.kinerja.policy.CurveOutcome;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Predikat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static id.kinerja.policy.fact.OrganisationRating.BUTUH_PERBAIKAN;
import static id.kinerja.policy.fact.OrganisationRating.ISTIMEWA;
import static id.kinerja.policy.fact.OrganisationRating.KURANG;
import static id.kinerja.policy.fact.OrganisationRating.SANGAT_KURANG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The greedy calibrator under the national curve rules ({@code rules/kurva.drl}), per row of the regulation's
 * table and on both sides of each limit: ten employees per unit, so one employee is 10%.
 */
class CalibratorTests {

	static final CompiledPolicy NATIONAL = BenchmarkAccess.compile(Path.of("."), null);

	@ParameterizedTest(name = "{0} {1}: {2} meets the curve")
	@CsvSource(delimiter = ';', textBlock = """
			ISTIMEWA;        Sangat Baik at its maximum;                 7 3 0 0 0
			BAIK;            Baik at its maximum, one Butuh Perbaikan;   2 7 1 0 0
			BAIK;            one Kurang is enough;                       3 6 0 1 0
			BUTUH_PERBAIKAN; Butuh Perbaikan at its minimum;             1 3 6 0 0
			KURANG;          every limit met exactly;                    1 0 1 6 2
			SANGAT_KURANG;   every limit met exactly;                    0 3 0 1 6
			""")
	void movesNobodyWhereTheCurveIsMet(OrganisationRating rating, String row, String spread) {
		Plan plan = plan(rating, unit(spread));

		assertThat(plan.findingsBefore()).isEmpty();
		assertThat(plan.moves()).isEmpty();
		assertThat(plan.curveMet()).isTrue();
	}

	@ParameterizedTest(name = "{0} {1}: {2} moves {3}")
	@CsvSource(delimiter = ';', textBlock = """
			ISTIMEWA;        Sangat Baik above its maximum;              8 2 0 0 0; SANGAT_BAIK>BAIK
			BAIK;            Baik above its maximum;                     1 8 1 0 0; BAIK>BUTUH_PERBAIKAN
			BAIK;            no Butuh Perbaikan or Kurang;               4 6 0 0 0; BAIK>BUTUH_PERBAIKAN
			BAIK;            Sangat Kurang does not count;               3 6 0 0 1; BAIK>BUTUH_PERBAIKAN
			BUTUH_PERBAIKAN; Butuh Perbaikan below its minimum;          1 4 5 0 0; BAIK>BUTUH_PERBAIKAN
			BUTUH_PERBAIKAN; Sangat Baik above its maximum;              2 2 6 0 0; SANGAT_BAIK>BAIK
			KURANG;          Kurang below its minimum;                   1 0 2 5 2; BUTUH_PERBAIKAN>KURANG
			KURANG;          Butuh Perbaikan below its minimum;          1 1 0 6 2; BAIK>BUTUH_PERBAIKAN
			KURANG;          Sangat Baik above its maximum;              2 0 1 6 1; SANGAT_BAIK>BAIK
			SANGAT_KURANG;   Sangat Kurang below its minimum;            0 3 0 2 5; KURANG>SANGAT_KURANG
			SANGAT_KURANG;   Kurang or Butuh Perbaikan below their minimum; 0 4 0 0 6; BAIK>BUTUH_PERBAIKAN
			SANGAT_KURANG;   a Sangat Baik;                              1 2 0 1 6; SANGAT_BAIK>BAIK
			""")
	void movesTheLowestRankedUntilTheCurveIsMet(OrganisationRating rating, String row, String spread, String move) {
		assertMoves(rating, unit(spread), move);
	}

	/** Kurang at its minimum: moving it down alone breaks that minimum, so two move in one step. */
	@Test
	void movesTwoTogetherWhereNoSingleMoveHelps() {
		Plan plan = assertMoves(SANGAT_KURANG, unit("0 4 0 1 5"), "BAIK>BUTUH_PERBAIKAN",
				"KURANG>SANGAT_KURANG");

		assertThat(plan.moves()).extracting(Move::step).containsOnly(1);
	}

	@Test
	void saysWhenDemotionsOfOneLevelCannotMeetTheCurve() {
		Plan plan = plan(KURANG, unit("0 10 0 0 0"));

		assertThat(plan.curveMet()).isFalse();
		assertThat(plan.moves()).extracting(this::move).containsExactly("BAIK>BUTUH_PERBAIKAN");
		assertThat(plan.findingsAfter()).extracting(finding -> finding.rule().rule())
			.containsExactly("Kurva: unit Kurang, Kurang paling sedikit");
		assertThat(Curve.distance(plan.findingsAfter())).isLessThan(Curve.distance(plan.findingsBefore()));
	}

	@Test
	void movesTheLowestRankedByScoreThenWorkScoreThenBehaviourThenNip() {
		List<Candidate> unit = List.of(sangatBaik("199001012015011005", "80", "80", "3.5"),
				sangatBaik("199001012015011004", "80", "80", "3.5"), sangatBaik("199001012015011003", "80", "80", "3.4"),
				sangatBaik("199001012015011002", "80", "79", "3.9"), sangatBaik("199001012015011001", "79.9", "95", "4.0"),
				sangatBaik("199001012015011006", "90", "70", "3.0"), sangatBaik("199001012015011007", "91", "70", "3.0"),
				sangatBaik("199001012015011008", "92", "70", "3.0"), sangatBaik("199001012015011009", "93", "70", "3.0"),
				sangatBaik("199001012015011010", null, null, null));

		Plan plan = plan(ISTIMEWA, unit);

		assertThat(plan.moves()).extracting(move -> move.employee().nip()).containsExactly("199001012015011001",
				"199001012015011002", "199001012015011003");
		assertThat(plan.after()).containsEntry(Predikat.SANGAT_BAIK, 7).containsEntry(Predikat.BAIK, 3);
	}

	@Test
	void calibratesAnAgencyOfThreeThousand() {
		List<Candidate> unit = unit("900 1800 300 0 0");

		Plan plan = plan(BUTUH_PERBAIKAN, unit);

		assertThat(plan.curveMet()).isTrue();
		assertThat(plan.after()).containsEntry(Predikat.SANGAT_BAIK, 300).containsEntry(Predikat.BUTUH_PERBAIKAN, 1800);
	}

	/** The moves (from>to), each the lowest-ranked of its predikat, and the curve met after them. */
	private Plan assertMoves(OrganisationRating rating, List<Candidate> unit, String... moves) {
		Plan plan = plan(rating, unit);

		assertThat(plan.findingsBefore()).isNotEmpty();
		assertThat(plan.moves()).extracting(this::move).containsExactly(moves);
		assertThat(plan.curveMet()).isTrue();
		assertThat(NATIONAL.checkCurve("opd", rating, plan.after())).isEmpty();
		for (Move move : plan.moves()) {
			assertThat(unit.stream().filter(other -> other.predikat() == move.employee().predikat())
				.filter(other -> Candidate.RANKING.compare(other, move.employee()) < 0)
				.filter(other -> plan.moves().stream().noneMatch(m -> m.employee() == other)))
				.as("unmoved employees ranked below %s", move.employee().nip()).isEmpty();
		}
		return plan;
	}

	private String move(Move move) {
		return move.employee().predikat() + ">" + move.to();
	}

	static Plan plan(OrganisationRating rating, List<Candidate> unit) {
		return Calibrator.plan(unit, counts -> curve(rating, counts));
	}

	private static List<CurveOutcome> curve(OrganisationRating rating, Map<Predikat, Integer> counts) {
		return NATIONAL.checkCurve("opd", rating, counts);
	}

	/** Employees by predikat, as many as the spread says (Sangat Baik first), with scores that interleave so the ranking matters. */
	static List<Candidate> unit(String spread) {
		String[] counts = spread.split(" ");
		List<Candidate> unit = new ArrayList<>();
		for (Predikat predikat : Predikat.values()) {
			for (int i = 0; i < Integer.parseInt(counts[predikat.ordinal()]); i++) {
				int n = unit.size();
				BigDecimal score = BigDecimal.valueOf(60 + (n * 37) % 41);
				unit.add(new Candidate(String.format("199001012015%06d", n), "Pegawai " + n, predikat,
						score, score, BigDecimal.valueOf(3)));
			}
		}
		return unit;
	}

	private static Candidate sangatBaik(String nip, String score, String workScore, String behaviour) {
		return new Candidate(nip, "Pegawai " + nip, Predikat.SANGAT_BAIK, decimal(score), decimal(workScore),
				decimal(behaviour));
	}

	private static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

}
