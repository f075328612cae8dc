package id.kinerja;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README stays short, and every relative link of it and of {@code docs/} leads to a file and heading. */
class DocsTests {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

	@Test
	void theReadmeIsReadInFiveMinutes() throws IOException {
		String readme = Files.readString(Path.of("README.md"));

		assertThat(readme.split("\\s+")).hasSizeLessThan(1200);
	}

	@Test
	void everyRelativeLinkResolves() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path document : documents()) {
			Matcher link = LINK.matcher(Files.readString(document));
			while (link.find()) {
				String target = link.group(1);
				if (!target.matches("^[a-z]+:.*") && !resolves(document, target)) {
					broken.add(document + ": " + target);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	private static List<Path> documents() throws IOException {
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			return Stream.concat(Stream.of(Path.of("README.md")), docs.filter(p -> p.toString().endsWith(".md")))
				.toList();
		}
	}

	private static boolean resolves(Path document, String target) throws IOException {
		int hash = target.indexOf('#');
		String file = hash < 0 ? target : target.substring(0, hash);
		Path resolved = file.isEmpty() ? document : document.resolveSibling(file).normalize();
		if (!Files.exists(resolved)) {
			return false;
		}
		return hash < 0 || anchors(resolved).contains(target.substring(hash + 1));
	}

	/** GitHub's anchors of a Markdown file's headings: lower case, punctuation dropped, spaces as dashes. */
	private static Set<String> anchors(Path markdown) throws IOException {
		return HEADING.matcher(Files.readString(markdown))
			.results()
			.map(heading -> heading.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
				.replace(' ', '-'))
			.collect(Collectors.toSet());
	}

}
