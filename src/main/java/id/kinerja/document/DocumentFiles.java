package id.kinerja.document;

import java.util.Locale;
import java.util.Map;

import id.kinerja.document.Documents.Scope;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The documents as PDF, for the pages and the API alike. What is refused (an unknown run, NIP or agency, a run
 * of another region) is refused before the first byte is written; the PDF itself is written as it is laid out.
 */
@Component
class DocumentFiles {

	static final String EMPLOYEE = "document/employee";

	static final String RECAP = "document/recap";

	private final Documents documents;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	DocumentFiles(Documents documents, DocumentRenderer renderer, MessageSource messages) {
		this.documents = documents;
		this.renderer = renderer;
		this.messages = messages;
	}

	ResponseEntity<StreamingResponseBody> employee(long run, String nip, Locale locale) {
		EmployeeDocument document = documents.employee(documents.scopeOf(run, nip), nip);
		String title = messages.getMessage("doc.title", null, locale) + " " + document.employee().name();
		return pdf("dokumen-evaluasi-" + run + "-" + document.employee().nip() + ".pdf", out -> renderer.pdf(locale,
				title, out, sheets -> sheets.add(EMPLOYEE, Map.of("doc", document))));
	}

	ResponseEntity<StreamingResponseBody> recap(long run, String agency, Locale locale) {
		Recap recap = documents.recap(documents.scope(run, agency));
		return pdf("rekapitulasi-" + run + "-" + agency + ".pdf", out -> renderer.pdf(locale, title(recap, locale),
				out, sheets -> sheets.add(RECAP, Map.of("recap", recap))));
	}

	/** The recap, then every employee's document of the agency, page by page of its results. */
	ResponseEntity<StreamingResponseBody> bundle(long run, String agency, Locale locale) {
		Scope scope = documents.scope(run, agency);
		Recap recap = documents.recap(scope);
		return pdf("dokumen-evaluasi-" + run + "-" + agency + ".pdf", out -> renderer.pdf(locale,
				title(recap, locale), out, sheets -> {
					sheets.add(RECAP, Map.of("recap", recap));
					documents.eachResult(scope, result -> sheets.add(EMPLOYEE,
							Map.of("doc", documents.employee(scope, result.nip()))));
				}));
	}

	private String title(Recap recap, Locale locale) {
		return messages.getMessage("recap.title", null, locale) + " " + recap.header().agencyName();
	}

	private static ResponseEntity<StreamingResponseBody> pdf(String file, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(body);
	}

}
