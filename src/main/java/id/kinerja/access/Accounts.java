package id.kinerja.access;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The users who may sign in. */
interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

}
