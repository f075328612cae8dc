package id.kinerja.evaluation;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRuns extends JpaRepository<EvaluationRun, Long> {

	Page<EvaluationRun> findByRegionAndStatus(String region, String status, Pageable pageable);

	Page<EvaluationRun> findByRegionInAndStatus(Collection<String> regions, String status, Pageable pageable);

	Page<EvaluationRun> findByStatus(String status, Pageable pageable);

}
