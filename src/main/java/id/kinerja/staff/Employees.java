package id.kinerja.staff;

import java.util.Collection;
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

	/** The head of an agency (unit head), who signs its documents; none when the data names none. */
	Optional<Employee> findFirstByAgencyIdAndUnitHeadTrueOrderByIdAsc(Long agencyId);

	long countByAgencyRegionId(String regionId);

	long countByAgencyRegionIdAndAgencyCodeIn(String regionId, Collection<String> agencyCodes);

	/** How many employees a run or what-if over these OPDs of the region covers; none named: the whole region. */
	default int inScope(String regionId, Collection<String> agencyCodes) {
		return Math.toIntExact(agencyCodes.isEmpty() ? countByAgencyRegionId(regionId)
				: countByAgencyRegionIdAndAgencyCodeIn(regionId, agencyCodes));
	}

}
