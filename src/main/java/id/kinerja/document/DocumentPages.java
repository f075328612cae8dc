package id.kinerja.document;

import java.util.Locale;

import id.kinerja.system.PageController;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The official documents of a run as pages to print (the print style sheet leaves only the document) and as
 * PDF: one employee's Dokumen Evaluasi Kinerja Pegawai, an agency's recapitulation, and one PDF of the
 * recapitulation with every employee's document. The language is the pages' own (the same switch).
 */
@PageController
@RequestMapping("/evaluations/{id}")
class DocumentPages {

	private final Documents documents;

	private final DocumentFiles files;

	DocumentPages(Documents documents, DocumentFiles files) {
		this.documents = documents;
		this.files = files;
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

	/** The template as a page: links to the app, the style sheet linked (the PDF writes it inside). */
	private static String page(Model model, String template) {
		model.addAttribute("pdf", false);
		return template;
	}

}
