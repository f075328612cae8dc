package id.kinerja.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.kinerja.support.Http;
import id.kinerja.support.PolicyFolders;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The app over real HTTP with the demo data and a copy of the policy folders (a new region gets a folder),
 * with small limits so hostile files are cheap to make: 1 MB per upload, 2,000 rows, 60 columns.
 * Every subclass shares this one context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:imports;DB_CLOSE_DELAY=-1", "kinerja.demo.enabled=true",
				"kinerja.imports.max-file-size=1MB", "kinerja.imports.max-rows=2000",
				"kinerja.imports.max-unpacked=20MB", "kinerja.policy.watch=false" })
@AutoConfigureRestTestClient
abstract class ImportTestBase {

	static final Path ROOT = PolicyFolders.copy();

	@DynamicPropertySource
	static void policyRoot(DynamicPropertyRegistry registry) {
		registry.add("kinerja.policy.root", ROOT::toString);
	}

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	@BeforeEach
	void signIn() {
		http = new Http(client);
	}

	/** A file of {@code src/test/resources/import}. */
	static byte[] file(String name) {
		try {
			return Files.readAllBytes(Path.of("src/test/resources/import", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Posts a file to the region's imports as the demo administrator and checks the status. */
	JsonNode upload(String region, String kind, String name, byte[] content, String query, HttpStatus expected) {
		return upload("admin", "admin", null, region, kind, name, content, query, expected);
	}

	JsonNode upload(String user, String password, String language, String region, String kind, String name,
			byte[] content, String query, HttpStatus expected) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("kind", kind);
		body.add("file", new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return name;
			}

		});
		RestTestClient.ResponseSpec response = client.post()
			.uri("/api/v1/regions/" + region + "/imports" + (query == null ? "" : "?" + query))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.headers(headers -> {
				headers.setBasicAuth(user, password);
				if (language != null) {
					headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
				}
			})
			.body(body)
			.exchange();
		var result = response.returnResult(JsonNode.class);
		assertThat(result.getStatus().value()).as("%s %s: %s", kind, name, result.getResponseBody())
			.isEqualTo(expected.value());
		return result.getResponseBody();
	}

	/** A GET of a file, as the administrator. */
	byte[] download(String uri) {
		return client.get().uri(uri).headers(h -> h.setBasicAuth("admin", "admin")).exchange()
			.expectStatus().isOk()
			.returnResult(byte[].class).getResponseBody();
	}

	/** The new region Kota Parepare with its two agencies, created once for the classes that need it. */
	void parepare() {
		Integer exists = jdbc.queryForObject("select count(*) from region where id = 'parepare'", Integer.class);
		if (exists == 0) {
			http.post("/api/v1/regions", java.util.Map.of("id", "parepare", "bpsCode", "7372", "name", "Kota Parepare",
					"kind", "KOTA", "timeZone", "WITA"), HttpStatus.CREATED);
			upload("parepare", "opd", "opd.csv", file("opd.csv"), null, HttpStatus.OK);
		}
	}

}
