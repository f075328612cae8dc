package id.kinerja.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.support.ApiTest;
import id.kinerja.support.Http;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CREATED;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;

/**
 * The official documents over real HTTP on the demo data: an official run of a Makassar agency whose spread
 * breaks its curve, one calibration move accepted; the PDFs are opened with PDFBox and their text must hold
 * the employees' own figures, as the run's results answer them.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentApiTests {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final Map<String, String> PREDIKAT = Map.of("SANGAT_BAIK", "Sangat Baik", "BAIK", "Baik",
			"BUTUH_PERBAIKAN", "Butuh Perbaikan", "KURANG", "Kurang/Misconduct", "SANGAT_KURANG", "Sangat Kurang");

	Http analyst;

	String agency;

	long run;

	String policyVersion;

	/** The employee whose calibration move was accepted, with the predikat it set. */
	String moved;

	String movedTo;

	List<JsonNode> results;

	@BeforeAll
	void aRunWithAnAcceptedCalibration(@Autowired RestTestClient client) {
		analyst = new Http(client).as("makassar.analis");
		JsonNode region = run(null);
		JsonNode findings = analyst.get("/api/v1/evaluations/" + region.get("id").asLong(), OK).get("findings");
		assertThat(findings).as("curve findings of Makassar 2025").isNotEmpty();
		agency = findings.get(0).get("agency").asString();
		JsonNode official = run(agency);
		run = official.get("id").asLong();
		policyVersion = official.get("policyVersion").asString();
		JsonNode proposal = analyst.post("/api/v1/evaluations/" + run + "/calibrations?agency=" + agency, "", CREATED);
		JsonNode move = proposal.at("/agencies/0/moves/0");
		moved = move.get("nip").asString();
		movedTo = move.get("proposedPredikat").asString();
		analyst.post("/api/v1/calibrations/" + proposal.get("id").asLong() + "/moves/" + moved + "/accept",
				Map.of("reason", "sesuai kurva unit"), OK);
		results = results();
	}

	@Test
	void theEmployeeDocumentStatesTheFiguresThePolicyVersionAndTheCalibratedPredikat() throws IOException {
		JsonNode result = analyst.get("/api/v1/evaluations/" + run + "/results/" + moved, OK);

		String text = text(pdf(analyst, "/api/v1/evaluations/" + run + "/documents/" + moved + ".pdf"));

		assertThat(text).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "NIP " + moved, result.get("name").asString(),
				"capaian tertimbang " + decimal(result.get("workScore")) + "%",
				"indeks perilaku " + decimal(result.get("behaviourIndex")),
				"Predikat kinerja pegawai " + PREDIKAT.get(result.get("predikat").asString()),
				"Predikat setelah kalibrasi " + PREDIKAT.get(movedTo), "kebijakan versi " + policyVersion,
				"Pejabat Penilai Kinerja", "Berorientasi Pelayanan", "Kolaboratif");
		assertThat(result.get("predikat").asString()).isNotEqualTo(movedTo);
		// the print style writes headings in capitals
		assertThat(text).containsIgnoringCase("Umpan balik berkelanjutan dari pejabat penilai "
				+ normalised(result.get("supervisorFeedback").asString()));
	}

	@Test
	void anEmployeeWithoutAnAcceptedMoveHasOnlyTheOriginalPredikat() throws IOException {
		JsonNode other = results.stream().filter(r -> !r.get("nip").asString().equals(moved)
				&& !r.get("predikat").isNull()).findFirst().orElseThrow();

		String text = text(pdf(analyst, "/api/v1/evaluations/" + run + "/documents/" + other.get("nip").asString()
				+ ".pdf"));

		assertThat(text).contains(other.get("nip").asString(), other.get("name").asString(),
				"capaian tertimbang " + decimal(other.get("workScore")) + "%",
				"Predikat kinerja pegawai " + PREDIKAT.get(other.get("predikat").asString()))
			.doesNotContain("setelah kalibrasi");
	}

	@Test
	void theRecapListsEveryEmployeeWithTheCountsAndTheHeadsSignature() throws IOException {
		String text = text(pdf(analyst, "/api/v1/evaluations/" + run + "/agencies/" + agency + "/recap.pdf"));

		assertThat(text).contains("REKAPITULASI PREDIKAT KINERJA PEGAWAI", "Jumlah pegawai", "Kepala ",
				"setelah kalibrasi: " + PREDIKAT.get(movedTo), "kebijakan versi " + policyVersion);
		for (JsonNode result : results) {
			assertThat(text).contains(result.get("nip").asString() + " " + result.get("name").asString());
		}
	}

	@Test
	void theAgencyBundleHoldsTheRecapAndEveryEmployeesDocument() throws IOException {
		long started = System.nanoTime();
		byte[] pdf = pdf(analyst, "/api/v1/evaluations/" + run + "/agencies/" + agency + "/documents.pdf");
		long millis = (System.nanoTime() - started) / 1_000_000;

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = normalised(new PDFTextStripper().getText(document));
			assertThat(document.getNumberOfPages()).isGreaterThan(results.size());
			assertThat(count(text, "DOKUMEN EVALUASI KINERJA PEGAWAI")).isEqualTo(results.size());
			assertThat(text.indexOf("REKAPITULASI PREDIKAT KINERJA PEGAWAI")).as("the recap first")
				.isNotNegative().isLessThan(text.indexOf("DOKUMEN EVALUASI KINERJA PEGAWAI"));
			for (JsonNode result : results) {
				assertThat(text).contains("Nama " + result.get("name").asString() + " 2 NIP " + result.get("nip").asString());
			}
		}
		System.out.printf("documents of %s (%d employees): %d bytes in %d ms%n", agency, results.size(), pdf.length,
				millis);
	}

	@Test
	void inEnglishWhenTheClientAsksForIt() throws IOException {
		String text = text(pdf(analyst.inLanguage("en"), "/api/v1/evaluations/" + run + "/documents/" + moved + ".pdf"));

		assertThat(text).contains("EMPLOYEE PERFORMANCE EVALUATION DOCUMENT", "Predikat after calibration", moved,
				"policy version " + policyVersion);
	}

	@Test
	void anotherRegionsRunAnUnknownNipOrAgencyAre404NamingIt() {
		Http medan = analyst.as("medan.analis");

		assertThat(medan.get("/api/v1/evaluations/" + run + "/documents/" + moved + ".pdf", NOT_FOUND).get("field")
			.asString()).isEqualTo("run");
		assertThat(medan.get("/api/v1/evaluations/" + run + "/agencies/" + agency + "/documents.pdf", NOT_FOUND)
			.get("field").asString()).isEqualTo("run");
		assertThat(analyst.get("/api/v1/evaluations/" + run + "/documents/199001012015011999.pdf", NOT_FOUND)
			.get("field").asString()).isEqualTo("nip");
		assertThat(analyst.get("/api/v1/evaluations/" + run + "/agencies/tidakada/recap.pdf", NOT_FOUND)
			.get("field").asString()).isEqualTo("agency");
	}

	@Test
	void theOpenApiDescriptionHasTheDocuments() {
		JsonNode paths = analyst.anonymous().get("/v3/api-docs", OK).get("paths");

		assertThat(paths.propertyNames()).contains("/api/v1/evaluations/{id}/documents/{nip}.pdf",
				"/api/v1/evaluations/{id}/agencies/{agency}/recap.pdf",
				"/api/v1/evaluations/{id}/agencies/{agency}/documents.pdf");
	}

	/** A PDF answered with 200 and its type, inline with a file name. */
	static byte[] pdf(Http as, String uri) {
		EntityExchangeResult<byte[]> answer = as.exchange(uri).expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, d -> assertThat(d).startsWith("inline; filename="))
			.returnResult(byte[].class);
		byte[] body = answer.getResponseBodyContent();
		assertThat(new String(body, 0, 5)).isEqualTo("%PDF-");
		return body;
	}

	/** The PDF's text, with every run of white space (a cell's line wrapped in two) as one space. */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return normalised(new PDFTextStripper().getText(document));
		}
	}

	private static String normalised(String text) {
		return text.replaceAll("\\s+", " ");
	}

	/** A figure as the Indonesian documents write it: two decimals after a comma. */
	private static String decimal(JsonNode value) {
		return String.format(INDONESIAN, "%.2f", value.decimalValue());
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private JsonNode run(String agency) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("region", "makassar");
		body.put("agency", agency);
		body.put("period", "2025");
		return analyst.post("/api/v1/evaluations", body, CREATED);
	}

	private List<JsonNode> results() {
		List<JsonNode> all = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode content = analyst.get("/api/v1/evaluations/" + run + "/results?size=500&page=" + page, OK)
				.get("content");
			content.forEach(all::add);
			if (content.size() < 500) {
				return all;
			}
		}
	}

}
