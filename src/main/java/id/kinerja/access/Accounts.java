package id.kinerja.access;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** The users who may sign in. */
interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	@Transactional
	@Modifying
	@Query("update Account a set a.lastLoginAt = ?2 where a.username = ?1")
	int signedIn(String username, OffsetDateTime at);

}
