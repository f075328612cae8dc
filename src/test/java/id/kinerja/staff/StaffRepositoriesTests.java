package id.kinerja.staff;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.appraisal.Aspect;
import id.kinerja.appraisal.LineKind;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.PeriodCode;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.SkpLine;
import id.kinerja.appraisal.SkpLines;
import id.kinerja.policy.fact.EmploymentType;
import id.kinerja.policy.fact.FunctionalLevel;
import id.kinerja.policy.fact.Position;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Flyway schema and the entity mappings agree (ddl-auto=validate) and the queries work. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class StaffRepositoriesTests {

	@Autowired
	Regions regions;

	@Autowired
	Agencies agencies;

	@Autowired
	Employees employees;

	@Autowired
	Periods periods;

	@Autowired
	SkpLines lines;

	@Test
	void savesAndFindsStaff() {
		Region makassar = regions.save(new Region("makassar", "7371", "Kota Makassar", RegionKind.KOTA,
				"Sulawesi Selatan", TimeZoneName.WITA));
		regions.save(new Region("mamuju", "7604", "Kabupaten Mamuju", RegionKind.KABUPATEN, "Sulawesi Barat", TimeZoneName.WITA));
		Agency dinkes = agencies.save(new Agency(makassar, "dinkes", "Dinas Kesehatan"));
		agencies.save(new Agency(makassar, "bkpsdm", "BKPSDM"));
		Employee head = employees.save(employee("197303141997022002", dinkes, Position.JPT));
		head.setUnitHead(true);
		Employee nurse = employee("198805122010011003", dinkes, Position.FUNGSIONAL);
		nurse.setSupervisor(head);
		nurse.setSanction(Sanction.SEDANG);
		employees.save(nurse);

		assertThat(regions.findAllByOrderByIdAsc()).extracting(Region::getId).containsExactly("makassar", "mamuju");
		assertThat(agencies.findByRegionIdOrderByCodeAsc("makassar")).extracting(Agency::getCode)
			.containsExactly("bkpsdm", "dinkes");
		assertThat(agencies.require("makassar", "dinkes").getName()).isEqualTo("Dinas Kesehatan");
		assertThat(employees.findByAgencyId(dinkes.getId(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
		assertThat(employees.findByAgencyRegionIdAndAgencyCode("makassar", "dinkes", PageRequest.of(0, 10)))
			.hasSize(2);
		Employee found = employees.findByNip("198805122010011003").orElseThrow();
		assertThat(found.getSupervisor().getNip()).isEqualTo("197303141997022002");
		assertThat(found.getSanction()).isEqualTo(Sanction.SEDANG);
		assertThat(employees.countByAgencyRegionId("makassar")).isEqualTo(2);
		Agency bkpsdm = agencies.require("makassar", "bkpsdm");
		employees.save(employee("199001012015031004", bkpsdm, Position.PELAKSANA));
		assertThat(employees.inScope("makassar", List.of())).isEqualTo(3);
		assertThat(employees.inScope("makassar", List.of("dinkes"))).isEqualTo(2);
		assertThat(employees.inScope("makassar", List.of("dinkes", "bkpsdm"))).isEqualTo(3);
		assertThat(employees.inScope("mamuju", List.of())).isZero();
	}

	@Test
	void savesPeriodsAndLines() {
		Region region = regions.save(new Region("medan", "1275", "Kota Medan", RegionKind.KOTA, "Sumatera Utara", TimeZoneName.WIB));
		Agency agency = agencies.save(new Agency(region, "dinkes", "Dinas Kesehatan"));
		Employee nurse = employees.save(employee("198805122010011003", agency, Position.FUNGSIONAL));
		Period q4 = periods.save(new Period(PeriodCode.parse("2025-Q4")));
		lines.save(new SkpLine(nurse, q4, LineKind.UTAMA, "WAKTU_TUNGGU", "Waktu tunggu pasien", Aspect.WAKTU,
				"menit", new BigDecimal("30"), null, new BigDecimal("40.00"), false, null));

		assertThat(periods.require("2025-Q4").getEnd()).hasToString("2025-12-31");
		assertThat(lines.findByEmployeeIdAndPeriodCodeOrderById(nurse.getId(), "2025-Q4")).singleElement()
			.satisfies(line -> assertThat(line.getRealisation()).isNull());
	}

	@Test
	void unknownIdsAreNotFoundProblems() {
		assertThatThrownBy(() -> regions.require("atlantis")).isInstanceOf(UnknownRegion.class)
			.hasMessageContaining("atlantis");
		assertThatThrownBy(() -> agencies.require("makassar", "dinsos")).isInstanceOf(UnknownAgency.class)
			.hasMessageContaining("dinsos");
		assertThatThrownBy(() -> periods.require("2031")).hasMessageContaining("2031");
	}

	private static Employee employee(String nip, Agency agency, Position position) {
		return new Employee(Nip.parse(nip), "Andi Rahmawati", agency, position,
				position == Position.FUNGSIONAL ? FunctionalLevel.TERAMPIL : null, "Perawat", "III/a",
				EmploymentType.PNS);
	}

}
