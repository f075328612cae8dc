package id.kinerja.document;

import java.util.Locale;

import id.kinerja.system.Refuses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The official documents of a run as PDF, in the language the client asks for (Bahasa Indonesia by default). */
@RestController
@RequestMapping("/api/v1/evaluations/{id}")
@Tag(name = "Documents", description = "The official documents of a run as PDF: each employee's Dokumen Evaluasi"
		+ " Kinerja Pegawai and each agency's recapitulation for signature")
class DocumentController {

	private final DocumentFiles files;

	DocumentController(DocumentFiles files) {
		this.files = files;
	}

	@GetMapping("/documents/{nip}.pdf")
	@Operation(operationId = "getEmployeeDocument",
			summary = "One employee's Dokumen Evaluasi Kinerja Pegawai as PDF: identity, assessing official, SKP"
					+ " indicators, ratings, predikat (the calibrated one beside it where a move was accepted),"
					+ " policy version, signature blocks")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	void employee(@PathVariable long id, @PathVariable String nip, Locale locale,
			HttpServletResponse response) {
		files.employee(id, nip, locale, response);
	}

	@GetMapping("/agencies/{agency}/recap.pdf")
	@Operation(operationId = "getAgencyRecap",
			summary = "An agency's recapitulation of the run for the head of the agency to sign, as PDF: every"
					+ " employee's ratings and predikat, the count per predikat")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	void recap(@PathVariable long id, @PathVariable String agency, Locale locale,
			HttpServletResponse response) {
		files.recap(id, agency, locale, response);
	}

	@GetMapping("/agencies/{agency}/documents.pdf")
	@Operation(operationId = "getAgencyDocuments",
			summary = "One PDF of an agency: its recapitulation, then every employee's document, laid out one at a"
					+ " time (memory stays bounded)")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@Refuses(status = 429, when = "As many agencies' PDFs as kinerja.work.document-bundles are being laid out on this"
			+ " instance; Retry-After says when to ask again")
	void bundle(@PathVariable long id, @PathVariable String agency, Locale locale,
			HttpServletResponse response) {
		files.bundle(id, agency, locale, response);
	}

}
