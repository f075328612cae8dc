package id.kinerja.imports;

import java.nio.file.Files;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;

/** An administrator creates, edits and retires regions and agencies through the API; history is kept. */
class RegionAdminApiTests extends ImportTestBase {

	@Test
	void aNewRegionGetsItsPolicyFolderAndTheNationalBaselineAtOnce() {
		JsonNode region = http.post("/api/v1/regions", Map.of("id", "bitung", "bpsCode", "7172", "name", "Kota Bitung",
				"kind", "KOTA", "timeZone", "WITA"), CREATED);
		assertThat(region.path("province").asString()).isEqualTo("Sulawesi Utara");
		assertThat(Files.isDirectory(ROOT.resolve("policies/bitung"))).isTrue();
		JsonNode policy = http.get("/api/v1/policies/bitung", OK);
		assertThat(policy.path("version").asString()).isNotBlank();
		http.post("/api/v1/regions/bitung/agencies", Map.of("code", "dinkes", "name", "Dinas Kesehatan"), CREATED);
		http.put("/api/v1/regions/bitung/agencies/dinkes", Map.of("name", "Dinas Kesehatan Kota Bitung"), OK);
		JsonNode history = http.get("/api/v1/regions/bitung/history", OK);
		assertThat(history).extracting(change -> change.path("kind").asString())
			.containsExactly("CHANGED", "CREATED", "CREATED");
		assertThat(history.get(0).path("state").asString()).contains("Dinas Kesehatan Kota Bitung");
	}

	@Test
	void editsAndRetires() {
		http.post("/api/v1/regions", Map.of("id", "tomohon", "bpsCode", "7173", "name", "Kota Tomohon", "kind", "KOTA",
				"timeZone", "WITA"), CREATED);
		JsonNode moved = http.put("/api/v1/regions/tomohon", Map.of("bpsCode", "7173", "name", "Kota Tomohon",
				"kind", "KOTA", "timeZone", "WIT"), OK);
		assertThat(moved.path("timeZone").asString()).isEqualTo("WIT");
		JsonNode retired = http.delete("/api/v1/regions/tomohon", OK);
		assertThat(retired.path("retiredAt").isNull()).isFalse();
		http.post("/api/v1/regions/tomohon/agencies", Map.of("code", "dinkes", "name", "Dinas Kesehatan"), CONFLICT);
		assertThat(http.get("/api/v1/regions/tomohon/history", OK)).hasSize(3);
	}

	@Test
	void refusesWhatDoesNotFit() {
		http.post("/api/v1/regions", Map.of("id", "makassar", "bpsCode", "7371", "name", "Kota Makassar", "kind",
				"KOTA", "timeZone", "WITA"), CONFLICT);
		JsonNode taken = http.post("/api/v1/regions", Map.of("id", "makassar-2", "bpsCode", "7371", "name", "Lain",
				"kind", "KOTA", "timeZone", "WITA"), CONFLICT);
		assertThat(taken.path("field").asString()).isEqualTo("bpsCode");
		JsonNode shape = http.post("/api/v1/regions", Map.of("id", "sulsel", "bpsCode", "7371", "name",
				"Provinsi Sulawesi Selatan", "kind", "PROVINSI", "timeZone", "WITA"), UNPROCESSABLE_CONTENT);
		assertThat(shape.path("field").asString()).isEqualTo("bpsCode");
		http.post("/api/v1/regions", Map.of("id", "Bad Id", "bpsCode", "7374", "name", "X", "kind", "KOTA",
				"timeZone", "WITA"), UNPROCESSABLE_CONTENT);
	}

	@Test
	void onlyAnAdministratorManagesRegions() {
		http.as("makassar.analis").post("/api/v1/regions", Map.of("id", "gowa", "bpsCode", "7306", "name",
				"Kabupaten Gowa", "kind", "KABUPATEN", "timeZone", "WITA"), FORBIDDEN);
		http.as("makassar.analis").post("/api/v1/regions/makassar/agencies", Map.of("code", "dinsos", "name",
				"Dinas Sosial"), FORBIDDEN);
		http.as("makassar.analis").post("/api/v1/periods", Map.of("code", "2026"), FORBIDDEN);
	}

	@Test
	void opensPeriods() {
		http.post("/api/v1/periods", Map.of("code", "2026-Q1"), CREATED);
		http.post("/api/v1/periods", Map.of("code", "2026-Q1"), CONFLICT);
		assertThat(http.get("/api/v1/periods", OK)).extracting(p -> p.path("code").asString()).contains("2026-Q1");
	}

}
