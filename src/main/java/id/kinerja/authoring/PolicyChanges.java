package id.kinerja.authoring;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyChanges extends JpaRepository<PolicyChange, Long> {

	List<PolicyChange> findByRegionOrderByIdDesc(String region);

	Page<PolicyChange> findByRegion(String region, Pageable pageable);

	List<PolicyChange> findByRegionAndStatusOrderByIdDesc(String region, PolicyChange.Status status);

}
