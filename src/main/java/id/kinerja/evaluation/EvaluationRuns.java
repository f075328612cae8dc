package id.kinerja.evaluation;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRuns extends JpaRepository<EvaluationRun, Long> {

	Page<EvaluationRun> findByRegion(String region, Pageable pageable);

	Page<EvaluationRun> findByRegionIn(Collection<String> regions, Pageable pageable);

}
