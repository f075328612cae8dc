package id.kinerja.authoring;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** A validated draft waiting for a second officer of the region to approve it (maker-checker). */
@Entity
@Table(name = "policy_change")
class PolicyChange {

	enum Status {
		PENDING, APPROVED, REJECTED
	}

	/** What approving it does: publish a draft, or go back to an earlier release. */
	enum Kind {
		PUBLISH, ROLLBACK
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "region_id")
	private String region;

	private String baseVersion;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	@Enumerated(EnumType.STRING)
	private Kind kind = Kind.PUBLISH;

	private String author;

	private OffsetDateTime createdAt;

	private String comment;

	private String decidedBy;

	private OffsetDateTime decidedAt;

	private String decisionComment;

	@Column(name = "release_id")
	private Long release;

	/** New content by path. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "policy_change_file", joinColumns = @JoinColumn(name = "change_id"))
	@MapKeyColumn(name = "path")
	@Column(name = "content", length = 1_000_000)
	private Map<String, String> files = new TreeMap<>();

	/** Paths the change deletes: a collection keeps no null content. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "policy_change_deletion", joinColumns = @JoinColumn(name = "change_id"))
	@Column(name = "path")
	private Set<String> deleted = new TreeSet<>();

	protected PolicyChange() {
	}

	PolicyChange(String region, String baseVersion, String author, String comment, Map<String, String> files) {
		this(region, baseVersion, author, comment, files, Kind.PUBLISH);
	}

	PolicyChange(String region, String baseVersion, String author, String comment, Map<String, String> files,
			Kind kind) {
		this.kind = kind;
		this.region = region;
		this.baseVersion = baseVersion;
		this.author = author;
		this.comment = comment;
		files.forEach((path, content) -> {
			if (content == null) {
				this.deleted.add(path);
			}
			else {
				this.files.put(path, content);
			}
		});
		this.createdAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

	void decide(Status decision, String officer, String note, Long releaseId) {
		this.status = decision;
		this.decidedBy = officer;
		this.decisionComment = note;
		this.release = releaseId;
		this.decidedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

	Long getId() {
		return id;
	}

	String getRegion() {
		return region;
	}

	Status getStatus() {
		return status;
	}

	String getAuthor() {
		return author;
	}

	String getComment() {
		return comment;
	}

	Kind getKind() {
		return kind;
	}

	/** New content by path; a null content deletes the file. */
	Map<String, String> getFiles() {
		Map<String, String> all = new TreeMap<>(files);
		deleted.forEach(path -> all.put(path, null));
		return all;
	}

	ChangeView view() {
		return new ChangeView(id, region, kind.name(), baseVersion, status.name(), author, createdAt, comment, decidedBy,
				decidedAt, decisionComment, release, getFiles());
	}

}
