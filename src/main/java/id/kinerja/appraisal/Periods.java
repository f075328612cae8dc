package id.kinerja.appraisal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Evaluation periods loaded in the database. */
public interface Periods extends ListCrudRepository<Period, String> {

	List<Period> findAllByOrderByCodeAsc();

	/** The period or a 404 {@link UnknownPeriod}. */
	default Period require(String code) {
		return findById(code).orElseThrow(() -> new UnknownPeriod(code));
	}

}
