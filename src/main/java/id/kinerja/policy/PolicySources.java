package id.kinerja.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	/**
	 * A file of a region's draft, placed in its layer by its path: {@code policies/<region>/<name>} is the
	 * region's, {@code policies/<region>/<agency>/<name>} an agency's. Null with a problem when the path is
	 * not one a region's policy may hold.
	 */
	static PolicyFile draftFile(String region, String path, String content, List<PolicyProblem> problems) {
		String[] parts = path.split("/", -1);
		String reason = pathProblem(region, parts);
		if (reason == null) {
			reason = contentProblem(path, content);
		}
		if (reason != null) {
			problems.add(new PolicyProblem(path, 0, 0, reason));
			return null;
		}
		return parts.length == 3 ? new PolicyFile(path, Layer.REGION, null, content)
				: new PolicyFile(path, Layer.AGENCY, parts[2], content);
	}

	/** What the archive keeps of one file (the columns of {@code policy_file_version}). */
	static final int MAX_PATH = 300;

	static final int MAX_CONTENT = 1_000_000;

	static String contentProblem(String path, String content) {
		if (path.length() > MAX_PATH) {
			return "path berkas paling panjang " + MAX_PATH + " karakter";
		}
		if (content != null && content.length() > MAX_CONTENT) {
			return "isi berkas paling banyak " + MAX_CONTENT + " karakter";
		}
		return null;
	}

	private static String pathProblem(String region, String[] parts) {
		if (parts.length < 3 || parts.length > 4 || !parts[0].equals(POLICIES_FOLDER) || !parts[1].equals(region)) {
			return "berkas kebijakan wilayah ini harus berada di " + POLICIES_FOLDER + "/" + region
					+ "/ atau di folder OPD di bawahnya (berkas nasional di rules/ tidak diubah lewat wilayah)";
		}
		if (parts.length == 4 && !parts[2].matches("[a-z0-9-]{2,40}")) {
			return "nama folder OPD hanya huruf kecil, angka dan tanda hubung";
		}
		String name = parts[parts.length - 1];
		if (!name.matches("[a-z0-9-]+\\.(drl|cases\\.csv)") && !name.equals("parameters.yml")) {
			return "nama berkas harus <nama>.drl, <nama>.cases.csv atau parameters.yml (huruf kecil, angka, tanda hubung)";
		}
		return null;
	}

	/**
	 * Writes a published change: each file to a temporary file beside it, then moved over the old one in one
	 * step, so a reader (or the folder watcher) never sees half a file. A null content deletes the file.
	 * Answers what the files held before (null where there was none), to {@link #restore} them; a write that
	 * fails restores what was written so far and throws.
	 */
	Map<String, String> write(Map<String, String> changes) {
		Map<String, String> before = new LinkedHashMap<>();
		for (String path : changes.keySet()) {
			Path file = root.resolve(path).normalize();
			before.put(path, Files.isRegularFile(file) ? content(file) : null);
		}
		try {
			replace(changes);
		}
		catch (UncheckedIOException ex) {
			restore(before);
			throw ex;
		}
		return before;
	}

	/** Puts back what {@link #write} answered. */
	void restore(Map<String, String> before) {
		replace(before);
	}

	private void replace(Map<String, String> changes) {
		try {
			for (Map.Entry<String, String> change : changes.entrySet()) {
				Path target = root.resolve(change.getKey()).normalize();
				if (change.getValue() == null) {
					Files.deleteIfExists(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				Path temporary = Files.createTempFile(target.getParent(), ".draft-", ".tmp");
				Files.writeString(temporary, change.getValue(), StandardCharsets.UTF_8);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The region a changed path belongs to, {@code *} for the national folder, null for anything else. */
	String regionOf(Path changed) {
		Path relative = root.relativize(changed.toAbsolutePath().normalize());
		if (relative.getNameCount() >= 1 && relative.getName(0).toString().equals(NATIONAL_FOLDER)) {
			return "*";
		}
		if (relative.getNameCount() >= 2 && relative.getName(0).toString().equals(POLICIES_FOLDER)) {
			return relative.getName(1).toString();
		}
		return null;
	}

	Path root() {
		return root;
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
