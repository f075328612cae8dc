package id.kinerja.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The hostile rule files of the test resources: their names, their text and what must stop them. */
public final class HostileFiles {

	private static final Path FOLDER = Path.of("src/test/resources/hostile");

	private static final Pattern STOPPED = Pattern.compile("// dihentikan: (\\w+)");

	private HostileFiles() {
	}

	public static List<String> names() {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".drl")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String read(String name) {
		try (InputStream in = HostileFiles.class.getResourceAsStream("/hostile/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The limit that stops a file the guard lets through ({@code runawayFirings}, ...), null for the others. */
	public static String stoppedBy(String name) {
		Matcher matcher = STOPPED.matcher(read(name).lines().findFirst().orElse(""));
		return matcher.find() ? matcher.group(1) : null;
	}

	/** The line marked {@code // ditolak}, counted as every reader counts lines: by {@code \n}. */
	public static int refusedLine(String content) {
		String[] lines = content.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains("// ditolak")) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("no line marked // ditolak");
	}

}
