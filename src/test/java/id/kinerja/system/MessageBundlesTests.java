package id.kinerja.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.support.Bundles;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in both languages with the same blanks, and a refusal reads right in each. */
class MessageBundlesTests {

	private static final Pattern BLANK = Pattern.compile("\\{(\\d+)");

	@Test
	void bothLanguagesHaveTheSameTextsWithTheSameBlanks() throws IOException {
		Properties indonesian = load("messages.properties");
		Properties english = load("messages_en.properties");

		assertThat(english.stringPropertyNames()).isEqualTo(indonesian.stringPropertyNames());
		for (String key : indonesian.stringPropertyNames()) {
			assertThat(blanks(english.getProperty(key))).as(key).isEqualTo(blanks(indonesian.getProperty(key)));
		}
	}

	@Test
	void aRefusalReadsInIndonesianUntilResolvedForTheUsersLanguage() {
		Refusal refusal = Refusal.notFound("run", 12345L);

		assertThat(refusal.getMessage()).isEqualTo("run '12345' tidak ditemukan");
		assertThat(refusal.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(refusal.getBody().getProperties()).containsEntry("field", "run");
		assertThat(refusal.updateAndGetBody(Bundles.messages(), Locale.ENGLISH).getDetail()).isEqualTo("run '12345' not found");
		assertThat(refusal.updateAndGetBody(Bundles.messages(), new Locale("id")).getDetail())
			.isEqualTo("run '12345' tidak ditemukan");
	}

	@Test
	void aRefusalWithoutBlanksKeepsItsQuotes() {
		Refusal refusal = new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid", "invalidOverride");

		assertThat(refusal.getMessage()).isEqualTo("Parameter yang diubah tidak dapat dipakai");
		assertThat(refusal.updateAndGetBody(Bundles.messages(), Locale.ENGLISH).getDetail())
			.isEqualTo("The changed parameters cannot be used");
	}

	private static Set<String> blanks(String text) {
		Set<String> blanks = new TreeSet<>();
		Matcher matcher = BLANK.matcher(text);
		while (matcher.find()) {
			blanks.add(matcher.group(1));
		}
		return blanks;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
