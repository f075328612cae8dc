package id.kinerja.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The regions (cities and regencies) known to the system. */
public interface Regions extends ListCrudRepository<Region, String> {

	List<Region> findAllByOrderByIdAsc();

	Optional<Region> findByBpsCode(String bpsCode);

	/** The region or a 404 {@link UnknownRegion}. */
	default Region require(String id) {
		return findById(id).orElseThrow(() -> new UnknownRegion(id));
	}

}
