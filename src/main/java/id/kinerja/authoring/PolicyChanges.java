package id.kinerja.authoring;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyChanges extends JpaRepository<PolicyChange, Long> {

	List<PolicyChange> findByRegionOrderByIdDesc(String region);

	List<PolicyChange> findByRegionAndStatusOrderByIdDesc(String region, PolicyChange.Status status);

}
