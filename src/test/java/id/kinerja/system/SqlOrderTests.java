package id.kinerja.system;

import id.kinerja.policy.fact.Predikat;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders are built from fixed columns: every column reversed when asked, the tie-breakers as they are. */
class SqlOrderTests {

	@Test
	void descendingReversesEveryColumnButNotTheTieBreakers() {
		assertThat(SqlOrder.of("agency_code, nip", true, "id desc")).isEqualTo("agency_code desc, nip desc, id desc");
		assertThat(SqlOrder.of("agency_code, nip", false, "")).isEqualTo("agency_code, nip");
	}

	@Test
	void aRankOrdersNamesAsTheirEnumAndNoneLast() {
		assertThat(SqlOrder.rank("predikat", Predikat.values())).isEqualTo("case predikat when 'SANGAT_BAIK' then 1"
				+ " when 'BAIK' then 2 when 'BUTUH_PERBAIKAN' then 3 when 'KURANG' then 4 when 'SANGAT_KURANG' then 5"
				+ " else 6 end");
	}

	@Test
	void rowsEqualOnAPropertyAreNewestFirst() {
		assertThat(SqlOrder.newestFirstWithin("author", false)).containsExactly(Sort.Order.asc("author"),
				Sort.Order.desc("id"));
		assertThat(SqlOrder.newestFirstWithin("id", false)).containsExactly(Sort.Order.asc("id"));
	}

}
