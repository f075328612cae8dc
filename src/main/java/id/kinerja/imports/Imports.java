package id.kinerja.imports;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import id.kinerja.access.CurrentUser;
import id.kinerja.appraisal.Periods;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditLog;
import id.kinerja.audit.AuditOutcome;
import id.kinerja.staff.RegionAdministration;
import id.kinerja.staff.StaffChanges;
import id.kinerja.system.Meters;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one file of one kind into a region, all or nothing: every row is read and checked first, then
 * the whole file is written in one transaction, or nothing is when any row is wrong (or on a dry run).
 * Every attempt is kept in the import history and the audit log; a rejected file's copy with an error
 * column is kept for download.
 */
@Service
public class Imports {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ImportHistory history;

	private final AuditLog audit;

	private final RegionAdministration regions;

	private final Periods periods;

	private final MessageSource messages;

	private final ImportSettings settings;

	private final Meters meters;

	private final Map<ImportKind, KindRows<?>> kinds = new EnumMap<>(ImportKind.class);

	Imports(JdbcTemplate jdbc, TransactionTemplate transaction, ImportHistory history, AuditLog audit,
			RegionAdministration regions, Periods periods, MessageSource messages, ImportSettings settings,
			StaffChanges changes, Meters meters) {
		this.meters = meters;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.history = history;
		this.audit = audit;
		this.regions = regions;
		this.periods = periods;
		this.messages = messages;
		this.settings = settings;
		kinds.put(ImportKind.OPD, new OpdRows(changes));
		kinds.put(ImportKind.PEGAWAI, new StaffRows());
		kinds.put(ImportKind.SKP, new SkpRows());
		kinds.put(ImportKind.PERILAKU, new FormRows());
		kinds.put(ImportKind.RATING, new RatingRows());
		kinds.put(ImportKind.PREDIKAT_ORGANISASI, new OrganisationRows());
		kinds.put(ImportKind.IKM, new SatisfactionRows());
		kinds.put(ImportKind.MASUKAN_WARGA, new InputRows());
		kinds.put(ImportKind.JP, new HoursRows());
		// POI refuses an XLSX part that unpacks past this before reading it (its ratio check stays on)
		ZipSecureFile.setMaxEntrySize(settings.maxUnpacked().toBytes());
	}

	/** A region's imports, newest first. */
	public List<ImportEntry> history(String region, int page, int size) {
		return history.of(region, page, size);
	}

	public long historySize(String region) {
		return history.count(region);
	}

	/** The region of an import, empty for an unknown one. */
	public java.util.Optional<String> regionOf(long id) {
		return history.regionOf(id);
	}

	/** A rejected file's copy with its error column. */
	public java.util.Optional<ImportFile> errorCopy(long id) {
		return history.errorCopy(id);
	}

	/** The limit an upload is cut off at (413). */
	public long maxFileSize() {
		return settings.maxFileSize().toBytes();
	}

	/**
	 * Reads, checks and (unless a dry run) writes the file; {@code progress} hears the rows read so far.
	 * @throws ImportRejected (422) with every row error when anything is wrong, nothing written
	 */
	public ImportResult run(ImportRequest request, UploadedFile file, Locale locale, IntConsumer progress) {
		regions.active(request.region());
		if (request.period() != null) {
			periods.require(request.period());
		}
		OffsetDateTime started = now();
		List<RowError> errors = new ArrayList<>();
		Check check = read(request, file, errors, progress);
		ImportResult.Outcome outcome = !errors.isEmpty() ? ImportResult.Outcome.REJECTED
				: request.dryRun() ? ImportResult.Outcome.CHECKED : ImportResult.Outcome.APPLIED;
		List<ImportError> resolved = errors.stream().map(e -> resolve(e, locale)).toList();
		ImportResult result = result(request, file, check, outcome, resolved, 0, null, started);
		long id = history.record(result);
		String errorFile = null;
		if (outcome == ImportResult.Outcome.REJECTED && check.readable()) {
			history.keepErrorCopy(id, errorCopy(file, resolved, locale));
			errorFile = "/api/v1/imports/" + id + "/errors";
		}
		result = result(request, file, check, outcome, resolved, id, errorFile, started);
		audit(result);
		if (outcome == ImportResult.Outcome.REJECTED) {
			throw new ImportRejected(result);
		}
		return result;
	}

	/** What the check found: the counts, the columns ignored, rows read, and whether the file could be read. */
	private record Check(int rows, int created, int updated, int unchanged, int removed, int rejected,
			List<String> ignored, boolean readable) {
	}

	private Check read(ImportRequest request, UploadedFile file, List<RowError> errors, IntConsumer progress) {
		try (Sheet sheet = open(file)) {
			return transaction.execute(status -> {
				jdbc.queryForList("select id from region where id = ? for update", String.class, request.region());
				Check check = new FileCheck<>(kinds.get(request.kind()), request, sheet, errors, settings.maxRows(),
						progress).run(new ImportContext(jdbc, request.region(), request.kind(),
								request.mode() == ImportMode.REPLACE, request.period()));
				if (!errors.isEmpty() || request.dryRun()) {
					status.setRollbackOnly();
				}
				return check;
			});
		}
		catch (UnreadableFile ex) {
			errors.add(new RowError(0, null, file.name(), ex.code(), ex.args()));
			return new Check(0, 0, 0, 0, 0, 0, List.of(), false);
		}
	}

	Sheet open(UploadedFile file) {
		return switch (file.format()) {
			case XLSX -> new XlsxSheet(file.path(), settings.maxColumns());
			case XLS -> throw new UnreadableFile("oldXls");
			case CSV -> new CsvSheet(file.path(), settings.maxColumns());
		};
	}

	private ImportFile errorCopy(UploadedFile file, List<ImportError> errors, Locale locale) {
		Map<Integer, String> byRow = new TreeMap<>(errors.stream()
			.collect(Collectors.groupingBy(ImportError::row,
					Collectors.mapping(e -> (e.column() == null ? "" : e.column() + ": ") + e.message(),
							Collectors.joining("; ")))));
		String column = messages.getMessage("import.errorColumn", null, locale);
		return ErrorCopy.write(file, this::open, byRow, column, file.format() == UploadedFile.Format.XLSX);
	}

	private ImportError resolve(RowError error, Locale locale) {
		return new ImportError(error.row(), error.column(), error.value(),
				messages.getMessage("import.error." + error.code(), error.args(), locale));
	}

	private ImportResult result(ImportRequest request, UploadedFile file, Check check, ImportResult.Outcome outcome,
			List<ImportError> errors, long id, String errorFile, OffsetDateTime started) {
		boolean written = outcome != ImportResult.Outcome.REJECTED;
		return new ImportResult(id, request.region(), request.kind().code(), request.mode(), request.dryRun(),
				request.period(), file.name(), file.sha256(), file.bytes(), check.rows(),
				written ? check.created() : 0, written ? check.updated() : 0, written ? check.unchanged() : 0,
				written ? check.removed() : 0, check.rejected(), outcome, check.ignored(), errors.size(),
				errors.subList(0, Math.min(errors.size(), settings.maxErrorsShown())), errorFile, CurrentUser.name(),
				started, now());
	}

	private void audit(ImportResult r) {
		AuditAction action = switch (r.outcome()) {
			case APPLIED -> AuditAction.DATA_IMPORTED;
			case CHECKED -> AuditAction.DATA_IMPORT_CHECKED;
			case REJECTED -> AuditAction.DATA_IMPORT_REJECTED;
		};
		meters.imported(r.kind(), r.outcome().name().toLowerCase(Locale.ROOT));
		audit.record(action, r.region(), r.kind() + " " + r.fileName(),
				r.outcome() == ImportResult.Outcome.REJECTED ? AuditOutcome.REFUSED : AuditOutcome.SUCCESS,
				"import " + r.id() + ", " + r.mode().name().toLowerCase(Locale.ROOT) + ", sha256 " + r.sha256()
						+ ", rows " + r.rows() + ", created " + r.created() + ", updated " + r.updated() + ", unchanged "
						+ r.unchanged() + ", removed " + r.removed() + ", rejected " + r.rejected());
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

	/** One file checked against one kind's rows inside the import's transaction; writes when it is clean. */
	private static final class FileCheck<R> {

		private final KindRows<R> rows;

		private final ImportRequest request;

		private final Sheet sheet;

		private final List<RowError> errors;

		private final int maxRows;

		private final IntConsumer progress;

		@SuppressWarnings("unchecked")
		FileCheck(KindRows<?> rows, ImportRequest request, Sheet sheet, List<RowError> errors, int maxRows,
				IntConsumer progress) {
			this.rows = (KindRows<R>) rows;
			this.request = request;
			this.sheet = sheet;
			this.errors = errors;
			this.maxRows = maxRows;
			this.progress = progress;
		}

		Check run(ImportContext context) {
			List<Cell> first = sheet.next();
			if (first == null) {
				errors.add(new RowError(0, null, null, "empty"));
				return new Check(0, 0, 0, 0, 0, 0, List.of(), true);
			}
			Header header = new Header(first, request.kind().columns(), errors);
			if (!errors.isEmpty()) {
				return new Check(0, 0, 0, 0, 0, 0, header.ignored(), true);
			}
			FileRows<R> read = FileRows.read(rows, header, sheet, context, errors, maxRows, progress);
			Stored stored = read.scopes().isEmpty() && request.kind().scope() != ImportKind.Scope.REGION
					? new Stored() : rows.stored(context, read.scopes());
			rows.check(read.rows(), stored, context, errors);
			KindRows.Changes<R> changes = read.against(stored, rows, context.replace);
			if (errors.isEmpty() && !request.dryRun()) {
				rows.write(changes, context);
			}
			int rejected = (int) errors.stream().map(RowError::row).filter(row -> row > 1).distinct().count();
			return new Check(read.count(), changes.created().size(), changes.updated().size(),
					read.rows().size() - changes.created().size() - changes.updated().size(),
					changes.removed().size(), rejected, header.ignored(), true);
		}

	}

}
