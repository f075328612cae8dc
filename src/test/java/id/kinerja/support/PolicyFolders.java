package id.kinerja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/** A copy of the repository's policy folders, for tests that publish: the repository's files stay as they are. */
public final class PolicyFolders {

	private PolicyFolders() {
	}

	public static Path copy() {
		try {
			Path root = Files.createTempDirectory("kinerja-policies");
			FileSystemUtils.copyRecursively(Path.of("rules"), root.resolve("rules"));
			FileSystemUtils.copyRecursively(Path.of("policies"), root.resolve("policies"));
			root.toFile().deleteOnExit();
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
