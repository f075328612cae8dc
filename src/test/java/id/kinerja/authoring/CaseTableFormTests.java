package id.kinerja.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A case table goes to the table editor and back to the same text, comments kept in their places. */
class CaseTableFormTests {

	@Test
	void everyCaseFileOfTheRepositoryComesBackUnchanged() throws IOException {
		List<Path> files;
		try (Stream<Path> found = Stream.concat(Files.walk(Path.of("policies")), Files.walk(Path.of("rules")))) {
			files = found.filter(p -> p.toString().endsWith(".cases.csv")).toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			String text = Files.readString(file);
			assertThat(CaseTableForm.parse(text).csv()).as(file.toString()).isEqualTo(text.endsWith("\n") ? text : text + "\n");
		}
	}

	@Test
	void aSubmittedTableIsWrittenBackWithItsCommentsAndRows() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.put("separator", List.of("; "));
		form.put("kind", List.of("comment", "header", "row", "comment", "row"));
		form.put("text", List.of("# kasus uji", ""));
		form.put("header", List.of("kasus", "jp", "harapan_predikat"));
		form.put("cell", List.of("satu", "20", "BAIK", "dua, dengan koma", "", ""));
		CaseTableForm table = CaseTableForm.submitted(form);
		assertThat(table.csv()).isEqualTo("# kasus uji\nkasus; jp; harapan_predikat\nsatu; 20; BAIK\n\ndua, dengan koma; ;\n");
		assertThat(table.withRow().without(2).csv())
			.isEqualTo("# kasus uji\nkasus; jp; harapan_predikat\n\ndua, dengan koma; ;\n; ;\n");
		assertThat(table.without(0).lines()).hasSize(5);
	}

}
