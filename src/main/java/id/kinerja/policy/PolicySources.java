package id.kinerja.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the files of a region's policy on disk: {@code rules/} (national), {@code policies/<region>/}
 * (region) and {@code policies/<region>/<agency>/} (agency), each with {@code .drl} rule files and an
 * optional {@code parameters.yml} and case tables ({@code *.cases.csv}).
 */
final class PolicySources {

	static final String NATIONAL_FOLDER = "rules";

	static final String POLICIES_FOLDER = "policies";

	private final Path root;

	PolicySources(Path root) {
		this.root = root;
	}

	/** The ids of the regions that have a policy folder. */
	List<String> regions() {
		Path policies = root.resolve(POLICIES_FOLDER);
		if (!Files.isDirectory(policies)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(policies)) {
			return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** National files alone, or national, region and agency files in layer order when region is given. */
	List<PolicyFile> read(String region) {
		List<PolicyFile> files = new ArrayList<>(readFolder(root.resolve(NATIONAL_FOLDER), Layer.NATIONAL, null));
		if (region == null) {
			return files;
		}
		Path regionFolder = root.resolve(POLICIES_FOLDER).resolve(region);
		files.addAll(readFolder(regionFolder, Layer.REGION, null));
		for (Path agencyFolder : subfolders(regionFolder)) {
			files.addAll(readFolder(agencyFolder, Layer.AGENCY, agencyFolder.getFileName().toString()));
		}
		return files;
	}

	private List<PolicyFile> readFolder(Path folder, Layer layer, String agency) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isRegularFile)
				.filter(PolicySources::isPolicyFile)
				.sorted()
				.map(p -> new PolicyFile(relative(p), layer, agency, content(p)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isPolicyFile(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".drl") || name.equals("parameters.yml") || name.endsWith(".cases.csv");
	}

	private List<Path> subfolders(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	private static String content(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
