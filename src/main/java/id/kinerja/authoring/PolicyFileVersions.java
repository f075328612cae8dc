package id.kinerja.authoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyFileVersions extends JpaRepository<PolicyFileVersion, Long> {

	Optional<PolicyFileVersion> findFirstByPathOrderByIdDesc(String path);

	List<PolicyFileVersion> findByPathOrderByIdDesc(String path);

	/** Without their content: a page lists them. */
	Page<FileVersionView> findByPath(String path, Pageable pageable);

}
