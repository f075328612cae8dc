package id.kinerja.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Personal API tokens. */
interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

	/** The token with its user (and the user's regions) in one read: a signed request touches the pool once. */
	@Query("select t from ApiToken t join fetch t.account where t.tokenHash = ?1")
	Optional<ApiToken> findByHash(String tokenHash);

	List<ApiToken> findByAccountIdOrderByIdDesc(Long accountId);

	List<ApiToken> findByAccountIdAndRevokedAtIsNull(Long accountId);

}
