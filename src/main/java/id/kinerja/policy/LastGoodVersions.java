package id.kinerja.policy;

import java.util.List;
import java.util.Optional;

/**
 * The files of the last version of a region that was active, as the archive keeps them: a region whose
 * files on disk do not pass every check falls back on it.
 */
public interface LastGoodVersions {

	Optional<List<PolicyFile>> lastActive(String region);

}
