package id.kinerja.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;

import id.kinerja.document.Documents.Scope;
import id.kinerja.system.Capacity;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The documents as PDF, for the pages and the API alike. What is refused (an unknown run, NIP or agency, a run
 * of another region) is refused before the first byte is written.
 */
@Component
class DocumentFiles {

	static final String EMPLOYEE = "document/employee";

	static final String RECAP = "document/recap";

	private final Documents documents;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final Capacity capacity;

	/** Agencies' bundles being laid out on this instance: beyond the limit a request is refused, never queued. */
	private final Semaphore bundles;

	DocumentFiles(Documents documents, DocumentRenderer renderer, MessageSource messages, Capacity capacity) {
		this.capacity = capacity;
		this.bundles = new Semaphore(capacity.documentBundles());
		this.documents = documents;
		this.renderer = renderer;
		this.messages = messages;
	}

	void employee(long run, String nip, Locale locale, HttpServletResponse response) {
		EmployeeDocument document = documents.employee(documents.scopeOf(run, nip), nip);
		String title = messages.getMessage("doc.title", null, locale) + " " + document.employee().name();
		renderer.pdf(locale, title, out(response, "dokumen-evaluasi-" + run + "-" + document.employee().nip()),
				sheets -> sheets.add(EMPLOYEE, Map.of("doc", document)));
	}

	void recap(long run, String agency, Locale locale, HttpServletResponse response) {
		Recap recap = documents.recap(documents.scope(run, agency));
		renderer.pdf(locale, title(recap, locale), out(response, "rekapitulasi-" + run + "-" + agency),
				sheets -> sheets.add(RECAP, Map.of("recap", recap)));
	}

	/** The recap, then every employee's document of the agency, page by page of its results. */
	void bundle(long run, String agency, Locale locale, HttpServletResponse response) {
		Scope scope = documents.scope(run, agency);
		if (!bundles.tryAcquire()) {
			throw Capacity.busy("PDF dokumen OPD", capacity.documentBundles(), 0, Duration.ofSeconds(30));
		}
		try {
			Recap recap = documents.recap(scope);
			renderer.pdf(locale, title(recap, locale), out(response, "dokumen-evaluasi-" + run + "-" + agency),
					sheets -> {
						sheets.add(RECAP, Map.of("recap", recap));
						documents.eachResult(scope,
								result -> sheets.add(EMPLOYEE, Map.of("doc", documents.employee(scope, result.nip()))));
					});
		}
		finally {
			bundles.release();
		}
	}

	private String title(Recap recap, Locale locale) {
		return messages.getMessage("recap.title", null, locale) + " " + recap.header().agencyName();
	}

	/**
	 * The response's body, written on the request's own thread: an agency's PDF may take longer than an
	 * asynchronous request is given (Tomcat's 30 s), and nothing here needs another thread.
	 */
	private static OutputStream out(HttpServletResponse response, String file) {
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(file + ".pdf").build().toString());
		try {
			return response.getOutputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
