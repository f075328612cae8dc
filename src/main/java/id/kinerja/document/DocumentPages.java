package id.kinerja.document;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The official documents of a run as pages to print (the print style sheet leaves only the document) and as
 * PDF: one employee's Dokumen Evaluasi Kinerja Pegawai, an agency's recapitulation, and one PDF of the
 * recapitulation with every employee's document. The language is the pages' own (the same switch).
 */
@Controller
@RequestMapping("/evaluations/{id}")
class DocumentPages {

	private final Documents documents;

	private final DocumentFiles files;

	private final MessageSource messages;

	DocumentPages(Documents documents, DocumentFiles files, MessageSource messages) {
		this.documents = documents;
		this.files = files;
		this.messages = messages;
	}

	/** This page in each language, as the layout's switch links it. */
	record Languages(String id, String en) {

		static Languages ofThisPage() {
			return new Languages(link("id"), link("en"));
		}

		private static String link(String language) {
			return ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(-1)
				.replaceQueryParam("lang", language).build().toUriString();
		}

	}

	@GetMapping("/documents/{nip}")
	String employee(@PathVariable long id, @PathVariable String nip, Model model) {
		model.addAttribute("doc", documents.employee(documents.scopeOf(id, nip), nip));
		return page(model, DocumentFiles.EMPLOYEE);
	}

	@GetMapping("/documents/{nip}.pdf")
	void employeePdf(@PathVariable long id, @PathVariable String nip, Locale locale,
			HttpServletResponse response) {
		files.employee(id, nip, locale, response);
	}

	@GetMapping("/agencies/{agency}/recap")
	String recap(@PathVariable long id, @PathVariable String agency, Model model) {
		model.addAttribute("recap", documents.recap(documents.scope(id, agency)));
		return page(model, DocumentFiles.RECAP);
	}

	@GetMapping("/agencies/{agency}/recap.pdf")
	void recapPdf(@PathVariable long id, @PathVariable String agency, Locale locale,
			HttpServletResponse response) {
		files.recap(id, agency, locale, response);
	}

	@GetMapping("/agencies/{agency}/documents.pdf")
	void bundle(@PathVariable long id, @PathVariable String agency, Locale locale,
			HttpServletResponse response) {
		files.bundle(id, agency, locale, response);
	}

	private static String page(Model model, String template) {
		model.addAttribute("pdf", false);
		model.addAttribute("languages", Languages.ofThisPage());
		return template;
	}

	/** A run of another region, an unknown NIP or agency: the app's error page with the status. */
	@ExceptionHandler(ErrorResponseException.class)
	String refused(ErrorResponseException ex, HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(ex.getStatusCode().value());
		model.addAttribute("status", ex.getStatusCode().value());
		model.addAttribute("detail", messages.getMessage(ex.getDetailMessageCode(), ex.getDetailMessageArguments(),
				ex.getBody().getDetail(), locale));
		return "error";
	}

}
