package id.kinerja.authoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyReleases extends JpaRepository<PolicyRelease, Long> {

	List<PolicyRelease> findByRegionOrderByIdDesc(String region);

	Page<PolicyRelease> findByRegion(String region, Pageable pageable);

	Optional<PolicyRelease> findFirstByRegionAndVersionOrderByIdDesc(String region, String version);

	Optional<PolicyRelease> findFirstByRegionOrderByIdDesc(String region);

}
