package id.kinerja.imports;

import id.kinerja.staff.Scopes;
import id.kinerja.system.PageController;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import id.kinerja.access.Permission;
import id.kinerja.appraisal.Periods;
import id.kinerja.staff.Region;
import id.kinerja.staff.Regions;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A region's import page: kind, period and file; a dry run shows the counts and every row error, a clean one
 * is applied without uploading again; templates per kind and the region's import history. A file is read in
 * the background while the page shows the rows read so far.
 */
@PageController
@RequestMapping("/imports")
class ImportPages {

	private final Imports imports;

	private final ImportJobs jobs;

	private final RegionExport export;

	private final Regions regions;

	private final Periods periods;

	private final Scopes scopes;

	ImportPages(Imports imports, ImportJobs jobs, RegionExport export, Regions regions, Periods periods,
			Scopes scopes) {
		this.imports = imports;
		this.jobs = jobs;
		this.export = export;
		this.regions = regions;
		this.periods = periods;
		this.scopes = scopes;
	}

	@GetMapping
	String regions(Model model) {
		List<Region> open = scopes.regions(Permission.IMPORT_DATA);
		if (open.size() == 1) {
			return "redirect:/imports/" + open.get(0).getId();
		}
		model.addAttribute("regions", open);
		return "imports/regions";
	}

	@GetMapping("/{region}")
	String page(@PathVariable String region, Model model) {
		scopes.require(region, Permission.IMPORT_DATA);
		model.addAttribute("region", regions.require(region));
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("periods", periods.findAllByOrderByCodeAsc());
		model.addAttribute("history", imports.history(region, 0, 20));
		return "imports/page";
	}

	/** Receives the file (413 past the limit) and checks or imports it in the background. */
	@PostMapping("/{region}")
	String upload(@PathVariable String region, @RequestParam String kind, @RequestParam(required = false) String period,
			@RequestParam(defaultValue = "UPSERT") ImportMode mode, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam MultipartFile file, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) throws IOException {
		scopes.require(region, Permission.IMPORT_DATA);
		ImportRequest request = new ImportRequest(region, kind(kind), mode, dryRun,
				period == null || period.isBlank() ? null : period.strip());
		UploadedFile upload;
		try (InputStream in = file.getInputStream()) {
			upload = UploadedFile.receive(in, file.getOriginalFilename(), imports.maxFileSize());
		}
		String id = jobs.start(request, upload, LocaleContextHolder.getLocale());
		return htmx == null ? "redirect:/imports/jobs/" + id : job(id, model, "imports/page :: job");
	}

	@GetMapping("/jobs/{id}")
	String jobPage(@PathVariable String id, Model model) {
		ImportJobs.Job job = visibleJob(id);
		model.addAttribute("region", regions.require(job.request().region()));
		return job(id, model, "imports/job");
	}

	/** The fragment htmx polls while the file is read; once done it shows the outcome. */
	@GetMapping("/jobs/{id}/progress")
	String progress(@PathVariable String id, Model model) {
		return job(id, model, "imports/page :: job");
	}

	@PostMapping("/jobs/{id}/apply")
	String apply(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		ImportJobs.Job dry = visibleJob(id);
		scopes.require(dry.request().region(), Permission.IMPORT_DATA);
		String applied = jobs.apply(id, LocaleContextHolder.getLocale())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT));
		return htmx == null ? "redirect:/imports/jobs/" + applied : job(applied, model, "imports/page :: job");
	}

	private String job(String id, Model model, String view) {
		model.addAttribute("job", visibleJob(id));
		return view;
	}

	private ImportJobs.Job visibleJob(String id) {
		ImportJobs.Job job = jobs.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		scopes.require(job.request().region(), Permission.IMPORT_DATA);
		return job;
	}

	@GetMapping("/errors/{id}")
	ResponseEntity<byte[]> errors(@PathVariable long id) {
		String region = imports.regionOf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		scopes.require(region, Permission.IMPORT_DATA);
		ImportFile copy = imports.errorCopy(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + copy.fileName() + "\"")
			.contentType(MediaType.parseMediaType(copy.contentType()))
			.body(copy.content());
	}

	@GetMapping("/templates/{kind}")
	ResponseEntity<StreamingResponseBody> template(@PathVariable String kind,
			@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) {
		ImportKind chosen = kind(kind);
		boolean xlsx = format.equals("xlsx");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"template-" + chosen.code() + (xlsx ? ".xlsx\"" : ".csv\""))
			.contentType(MediaType.parseMediaType(xlsx
					? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8"))
			.body(out -> export.template(chosen, xlsx, out));
	}

	private static ImportKind kind(String code) {
		try {
			return ImportKind.of(code);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

}
