package id.kinerja.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.kinerja.access.Permission;
import id.kinerja.access.RegionAccess;
import id.kinerja.staff.Regions;
import id.kinerja.system.PageOf;
import id.kinerja.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Staff and appraisal data brought in from CSV or XLSX files, their templates, exports and history. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Import", description = "Files of staff and appraisal data: import, dry run, templates, history")
@Validated
class ImportController {

	private final Imports imports;

	private final RegionExport export;

	private final Regions regions;

	private final RegionAccess access;

	ImportController(Imports imports, RegionExport export, Regions regions, RegionAccess access) {
		this.imports = imports;
		this.export = export;
		this.regions = regions;
		this.access = access;
	}

	@PostMapping(path = "/regions/{region}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "importFile",
			summary = "Import one file (CSV or XLSX) of one kind: all or nothing; 422 with every row error")
	ImportResult importFile(@PathVariable String region, @RequestParam String kind, @RequestPart MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "upsert") String mode,
			@RequestParam(required = false) String period) throws IOException {
		access.require(region, Permission.IMPORT_DATA);
		ImportRequest request = new ImportRequest(region, kind(kind), mode(mode), dryRun, blankToNull(period));
		try (InputStream in = file.getInputStream();
				UploadedFile upload = UploadedFile.receive(in, file.getOriginalFilename(), imports.maxFileSize())) {
			return imports.run(request, upload, LocaleContextHolder.getLocale(), rows -> {
			});
		}
	}

	@GetMapping("/regions/{region}/imports")
	@Operation(operationId = "listImports",
			summary = "The region's imports, newest first: who, when, kind, file, SHA-256, counts, outcome")
	PageOf<ImportEntry> listImports(@PathVariable String region, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		access.require(region, Permission.IMPORT_DATA);
		regions.require(region);
		long total = imports.historySize(region);
		return PageOf.of(imports.history(region, page, size), page, size, total).sortedBy("id", true);
	}

	@GetMapping("/imports/{id}/errors")
	@Operation(operationId = "getImportErrors",
			summary = "The rejected file again with an error column (CSV or XLSX, as it was uploaded)")
	ResponseEntity<byte[]> errors(@PathVariable long id) {
		String region = imports.regionOf(id).orElseThrow(() -> Refusal.notFound("import", id));
		access.require(region, Permission.IMPORT_DATA);
		ImportFile copy = imports.errorCopy(id).orElseThrow(() -> Refusal.notFound("import", id));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(copy.fileName()))
			.contentType(MediaType.parseMediaType(copy.contentType()))
			.body(copy.content());
	}

	@GetMapping("/imports/templates/{kind}")
	@Operation(operationId = "getImportTemplate",
			summary = "An empty file of one kind with its canonical headers (format csv or xlsx)")
	ResponseEntity<StreamingResponseBody> template(@PathVariable String kind,
			@RequestParam(defaultValue = "csv") String format) {
		ImportKind chosen = kind(kind);
		boolean xlsx = xlsx(format);
		return file("template-" + chosen.code(), xlsx, out -> export.template(chosen, xlsx, out));
	}

	@GetMapping("/regions/{region}/exports/{kind}")
	@Operation(operationId = "exportRegionData",
			summary = "A region's data of one kind in the import format (one period when given), CSV or XLSX")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String region, @PathVariable String kind,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "csv") String format) {
		access.require(region, Permission.READ_STAFF);
		regions.require(region);
		ImportKind chosen = kind(kind);
		boolean xlsx = xlsx(format);
		String name = region + "-" + chosen.code() + (period == null ? "" : "-" + period);
		return file(name, xlsx, out -> export.write(region, chosen, blankToNull(period), xlsx, out));
	}

	private static ResponseEntity<StreamingResponseBody> file(String name, boolean xlsx, StreamingResponseBody body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + (xlsx ? ".xlsx" : ".csv")))
			.contentType(MediaType.parseMediaType(xlsx ? Spreadsheets.XLSX_TYPE : Spreadsheets.CSV_TYPE))
			.body(body);
	}

	static String attachment(String name) {
		return "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
	}

	/** The kind an API or page names, e.g. {@code predikat_organisasi}; 400 naming {@code kind} otherwise. */
	public static ImportKind kind(String code) {
		try {
			return ImportKind.of(code.toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String choices = Arrays.stream(ImportKind.values()).map(ImportKind::code).collect(Collectors.joining(", "));
			throw new Refusal(HttpStatus.BAD_REQUEST, "Malformed request", "unknownKind", code, choices).field("kind");
		}
	}

	static ImportMode mode(String mode) {
		try {
			return ImportMode.valueOf(mode.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "Malformed request", "badParameter", "mode",
					"upsert, replace").field("mode");
		}
	}

	private static boolean xlsx(String format) {
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "Malformed request", "badParameter", "format", "csv, xlsx")
				.field("format");
		}
		return format.equals("xlsx");
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
