package id.kinerja.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Agencies (OPD) of the regions. */
public interface Agencies extends ListCrudRepository<Agency, Long> {

	List<Agency> findByRegionIdOrderByCodeAsc(String regionId);

	Optional<Agency> findByRegionIdAndCode(String regionId, String code);

	/** The agency or a 404 {@link UnknownAgency}. */
	default Agency require(String regionId, String code) {
		return findByRegionIdAndCode(regionId, code).orElseThrow(() -> new UnknownAgency(regionId, code));
	}

}
