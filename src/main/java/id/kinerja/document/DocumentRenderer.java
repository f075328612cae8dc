package id.kinerja.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Lays out the documents' own Thymeleaf templates as PDF with OpenHTMLtoPDF: the page a user prints and the
 * PDF are the same markup and the same style sheet. Several documents go into one PDF one after another,
 * each laid out on its own, into a PDF whose pages PDFBox keeps in a temporary file: a bundle of a large
 * agency holds one document in memory at a time.
 */
@Component
class DocumentRenderer {

	private final ITemplateEngine templates;

	/** The style sheet the pages link, written into each PDF's markup (the PDF reads nothing else). */
	private final String css;

	DocumentRenderer(ITemplateEngine templates) {
		this.templates = templates;
		this.css = read("static/css/document.css");
	}

	/** Receives the markup of one document after another. */
	interface Sheets {

		void add(String template, Map<String, Object> model);

	}

	/** Writes one PDF of every document {@code writer} adds, in order, to {@code out}. */
	void pdf(Locale locale, String title, OutputStream out, java.util.function.Consumer<Sheets> writer) {
		try (PDDocument pdf = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			pdf.getDocumentInformation().setTitle(title);
			pdf.getDocumentInformation().setCreator("Kinerja");
			writer.accept((template, model) -> append(pdf, html(template, model, locale)));
			// without object streams PDFBox writes each object as it goes instead of gathering them
			pdf.save(out, CompressParameters.NO_COMPRESSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The markup of a document as its PDF lays it out: no links to the app, the style sheet inside. */
	String html(String template, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable("pdf", true);
		context.setVariable("css", css);
		return templates.process(template, context);
	}

	private static void append(PDDocument pdf, String html) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePDDocument(pdf);
		builder.withHtmlContent(html, null);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.createPDFWithoutClosing();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
