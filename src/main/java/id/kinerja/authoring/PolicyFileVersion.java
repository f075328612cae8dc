package id.kinerja.authoring;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of one policy file, never changed once written; a rollback writes a new version. */
@Entity
@Table(name = "policy_file_version")
class PolicyFileVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String path;

	@Column(length = 1_000_000)
	private String content;

	private String contentHash;

	private boolean deleted;

	private String author;

	private OffsetDateTime createdAt;

	private String comment;

	@Column(name = "replaces_id")
	private Long replaces;

	protected PolicyFileVersion() {
	}

	PolicyFileVersion(String path, String content, boolean deleted, String author, String comment, Long replaces) {
		this.path = path;
		this.content = content;
		this.contentHash = Hashes.sha256(content);
		this.deleted = deleted;
		this.author = author;
		this.comment = comment;
		this.replaces = replaces;
		this.createdAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

	Long getId() {
		return id;
	}

	String getPath() {
		return path;
	}

	String getContent() {
		return content;
	}

	String getContentHash() {
		return contentHash;
	}

	boolean isDeleted() {
		return deleted;
	}

	FileVersionView view() {
		return new FileVersionView(id, path, contentHash, deleted, author, createdAt, comment, replaces);
	}

}
