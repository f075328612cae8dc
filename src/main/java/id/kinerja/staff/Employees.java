package id.kinerja.staff;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/** Employees (ASN) of the agencies. */
public interface Employees extends ListCrudRepository<Employee, Long>, ListPagingAndSortingRepository<Employee, Long> {

	Page<Employee> findByAgencyId(Long agencyId, Pageable pageable);

	Page<Employee> findByAgencyRegionIdAndAgencyCode(String regionId, String agencyCode, Pageable pageable);

	Optional<Employee> findByNip(String nip);

	long countByAgencyRegionId(String regionId);

}
