package id.kinerja.appraisal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** SKP lines, for screens that show one employee's plan; bulk reads go through {@link AppraisalFacts}. */
public interface SkpLines extends ListCrudRepository<SkpLine, Long> {

	List<SkpLine> findByEmployeeIdAndPeriodCodeOrderById(Long employeeId, String periodCode);

}
