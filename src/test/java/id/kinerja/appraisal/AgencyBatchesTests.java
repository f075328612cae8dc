package id.kinerja.appraisal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.OrganisationRating;
import id.kinerja.policy.fact.Position;
import id.kinerja.support.CollectedFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyBatchesTests {

	@Test
	void holdsAtMostTheBatchSizeAcrossAgencies() {
		Map<Long, AppraisalFacts.AgencyRow> agencies = new LinkedHashMap<>();
		agencies.put(3L, new AppraisalFacts.AgencyRow("bappeda", OrganisationRating.BAIK, null, java.util.List.of()));
		agencies.put(1L, new AppraisalFacts.AgencyRow("dinkes", null, 80.0, java.util.List.of()));
		agencies.put(2L, new AppraisalFacts.AgencyRow("disdik", OrganisationRating.ISTIMEWA, null, java.util.List.of()));
		agencies.put(4L, new AppraisalFacts.AgencyRow("dpu", null, null, java.util.List.of()));
		CollectedFacts sink = new CollectedFacts();
		AgencyBatches batches = new AgencyBatches(agencies, 10, sink);
		for (int i = 0; i < 100; i++) {
			long agency = i % 5 == 0 ? 3 : 1 + i % 2;
			batches.add(agency, employee(agencies.get(agency).code()));
			assertThat(i + 1 - sink.employees().size()).isLessThan(10);
		}
		batches.finish();

		assertThat(sink.employees()).hasSize(100);
		assertThat(sink.batches).allSatisfy(b -> {
			assertThat(b.employees()).hasSizeBetween(1, 10).allSatisfy(e -> assertThat(e.agency()).isEqualTo(b.agency()));
			assertThat(b.organisationRating()).isEqualTo(b.agency().equals("dinkes") ? null
					: b.agency().equals("bappeda") ? OrganisationRating.BAIK : OrganisationRating.ISTIMEWA);
		});
		assertThat(sink.agencies()).containsExactly("bappeda", "dinkes", "disdik", "dpu");
	}

	private static Employee employee(String agency) {
		return new FactAssembler(new FactAssembler.Staff("197303141997022002", "Siti", agency, Position.PELAKSANA,
				null, "Pengadministrasi", "III/a", EmploymentType.PNS, false, null, false))
			.toFact(LocalDate.of(2025, 12, 31), 12, null);
	}

}
