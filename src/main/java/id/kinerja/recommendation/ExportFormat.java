package id.kinerja.recommendation;

import java.util.Arrays;
import java.util.Locale;

import id.kinerja.system.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** How a list is answered: JSON, or a file a BKPSDM opens in a spreadsheet. */
enum ExportFormat {

	JSON(MediaType.APPLICATION_JSON, null),
	CSV(new MediaType("text", "csv"), "csv"),
	XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");

	final MediaType mediaType;

	final String extension;

	ExportFormat(MediaType mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	/** The {@code format} parameter when given, otherwise the first of CSV and XLSX the Accept header names. */
	static ExportFormat of(String format, String accept) {
		if (format != null && !format.isBlank()) {
			return Arrays.stream(values())
				.filter(f -> f.name().equals(format.strip().toUpperCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow(() -> new UnsupportedFormat(format));
		}
		if (accept != null) {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				for (ExportFormat candidate : new ExportFormat[] { CSV, XLSX }) {
					if (candidate.mediaType.equalsTypeAndSubtype(type)) {
						return candidate;
					}
				}
			}
		}
		return JSON;
	}

	/** A format other than json, csv or xlsx: 400 naming the parameter. */
	static final class UnsupportedFormat extends Refusal {

		UnsupportedFormat(String format) {
			super(HttpStatus.BAD_REQUEST, "Unsupported format", "unsupportedFormat", format);
			field("format");
		}

	}

}
