package id.kinerja.imports;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every import attempt of a region, kept in its own transaction so a rejected file's record (and its
 * error copy) stays while nothing of the file does.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ImportHistory {

	private static final String COLUMNS = "i.id, i.region_id, i.kind, i.import_mode, i.dry_run, i.period_code,"
			+ " i.file_name, i.file_sha256, i.file_bytes, i.rows_read, i.created, i.updated, i.unchanged, i.removed,"
			+ " i.rejected, i.outcome, i.imported_by, i.started_at, i.finished_at,"
			+ " (select count(*) from data_import_error_file f where f.import_id = i.id)";

	private final JdbcClient jdbc;

	ImportHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long record(ImportResult r) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into data_import (region_id, kind, import_mode, dry_run, period_code, file_name, file_sha256,"
				+ " file_bytes, rows_read, created, updated, unchanged, removed, rejected, outcome, imported_by,"
				+ " started_at, finished_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(r.region(), r.kind(), r.mode().name(), r.dryRun(), r.period(), cut(r.fileName()), r.sha256(),
					r.bytes(), r.rows(), r.created(), r.updated(), r.unchanged(), r.removed(), r.rejected(),
					r.outcome().name(), r.importedBy(), r.startedAt(), r.finishedAt())
			.update(key, "id");
		return key.getKey().longValue();
	}

	void keepErrorCopy(long id, ImportFile copy) {
		jdbc.sql("insert into data_import_error_file (import_id, file_name, content_type, content) values (?, ?, ?, ?)")
			.params(id, cut(copy.fileName()), copy.contentType(), copy.content())
			.update();
	}

	@Transactional(readOnly = true)
	List<ImportEntry> of(String region, int page, int size) {
		return jdbc.sql("select " + COLUMNS + " from data_import i where i.region_id = ? order by i.id desc"
				+ " offset ? rows fetch next ? rows only")
			.params(region, (long) page * size, size)
			.query((rs, n) -> new ImportEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
					ImportMode.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getLong(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
					rs.getInt(14), rs.getInt(15), ImportResult.Outcome.valueOf(rs.getString(16)), rs.getString(17),
					rs.getObject(18, OffsetDateTime.class), rs.getObject(19, OffsetDateTime.class), rs.getInt(20) > 0))
			.list();
	}

	@Transactional(readOnly = true)
	long count(String region) {
		return jdbc.sql("select count(*) from data_import where region_id = ?").param(region).query(Long.class).single();
	}

	@Transactional(readOnly = true)
	Optional<String> regionOf(long id) {
		return jdbc.sql("select region_id from data_import where id = ?").param(id).query(String.class).optional();
	}

	/** The error copy's name, type and bytes. */
	@Transactional(readOnly = true)
	Optional<ImportFile> errorCopy(long id) {
		return jdbc.sql("select file_name, content_type, content from data_import_error_file where import_id = ?")
			.param(id)
			.query((rs, n) -> {
				try (InputStream in = rs.getBinaryStream(3)) {
					return new ImportFile(rs.getString(1), rs.getString(2), in.readAllBytes());
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			})
			.optional();
	}

	private static String cut(String name) {
		return name.length() <= 255 ? name : name.substring(0, 255);
	}

}
