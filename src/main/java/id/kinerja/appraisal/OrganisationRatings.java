package id.kinerja.appraisal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Organisation ratings of agencies per period. */
public interface OrganisationRatings extends ListCrudRepository<OrganisationRatingEntry, Long> {

	Optional<OrganisationRatingEntry> findByAgencyIdAndPeriodCode(Long agencyId, String periodCode);

}
