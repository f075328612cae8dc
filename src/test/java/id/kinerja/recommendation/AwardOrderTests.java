package id.kinerja.recommendation;

import java.util.List;
import java.util.Map;

import id.kinerja.system.PageOf;
import id.kinerja.recommendation.AwardsView.AwardView;
import id.kinerja.recommendation.AwardsView.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An award's candidates and near-misses, computed in memory, are sorted and paged by a whitelisted order. */
class AwardOrderTests {

	private static final AwardView AWARD = new AwardView("TELADAN", "Teladan", false, List.of(),
			List.of(candidate(1, "3", "Citra", "dpu", 90.0), candidate(2, "1", "Agus", "dinkes", null),
					candidate(3, "2", "Budi", "dinkes", 80.0)),
			List.of(miss("5", "Eka", 0.05, 2.0), miss("4", "Dewi", 0.02, null), miss("6", "Fajar", 0.02, 1.0)));

	private static Candidate candidate(int rank, String nip, String name, String agency, Double score) {
		return new Candidate(rank, rank, nip, name, agency, "BAIK", score, null, null, null, Map.of());
	}

	private static NearMiss miss(String nip, String name, Double relaxation, Double shortBy) {
		return new NearMiss("TELADAN", nip, name, "dinkes", "BAIK", null, "score >= $minimal", "minimal", "Minimal",
				80, 78.0, relaxation, shortBy, List.of(), "catatan");
	}

	@Test
	void candidatesSortByAColumnThenByRankAndPage() {
		PageOf<Candidate> first = Recommendations.candidates(AWARD, CandidateSort.NAME, false, 0, 2);
		assertThat(first.content()).extracting(Candidate::name).containsExactly("Agus", "Budi");
		assertThat(first.totalElements()).isEqualTo(3);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(Recommendations.candidates(AWARD, CandidateSort.NAME, false, 1, 2).content())
			.extracting(Candidate::name).containsExactly("Citra");
		assertThat(Recommendations.candidates(AWARD, CandidateSort.NAME, true, 0, 3).content())
			.extracting(Candidate::name).containsExactly("Citra", "Budi", "Agus");
		assertThat(Recommendations.candidates(AWARD, CandidateSort.AGENCY, false, 0, 3).content())
			.extracting(Candidate::rank).containsExactly(2, 3, 1);
		assertThat(Recommendations.candidates(AWARD, CandidateSort.SCORE, false, 0, 3).content())
			.extracting(Candidate::score).containsExactly(80.0, 90.0, null);
		assertThat(Recommendations.candidates(AWARD, CandidateSort.RANK, false, 7, 2).content()).isEmpty();
	}

	@Test
	void nearMissesAreClosestFirstUnlessAskedOtherwise() {
		assertThat(Recommendations.nearMisses(AWARD, NearMissSort.CLOSEST, false, 0, 3).content())
			.extracting(NearMiss::nip).containsExactly("6", "4", "5");
		assertThat(Recommendations.nearMisses(AWARD, NearMissSort.NAME, true, 0, 2).content())
			.extracting(NearMiss::name).containsExactly("Fajar", "Eka");
		assertThat(Recommendations.nearMisses(AWARD, NearMissSort.SHORT_BY, false, 0, 3).content())
			.extracting(NearMiss::shortBy).containsExactly(1.0, 2.0, null);
	}

}
