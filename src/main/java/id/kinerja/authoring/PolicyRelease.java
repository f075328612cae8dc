package id.kinerja.authoring;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

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

/**
 * A version of a region's whole policy as it became active: the version hash and the file version of
 * every file it was compiled from (national, region and agency), so it can be compiled again exactly.
 */
@Entity
@Table(name = "policy_release")
class PolicyRelease {

	enum Kind {
		/** The files found on disk when the version was first seen (e.g. at first start). */
		BASELINE,
		PUBLISHED, ROLLED_BACK,
		/** Files changed on disk by other means and picked up. */
		DISK
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "region_id")
	private String region;

	private String version;

	private String previousVersion;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String author;

	private String approvedBy;

	private OffsetDateTime createdAt;

	private String comment;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "policy_release_file", joinColumns = @JoinColumn(name = "release_id"))
	@MapKeyColumn(name = "path")
	@Column(name = "file_version_id")
	private Map<String, Long> files = new TreeMap<>();

	protected PolicyRelease() {
	}

	PolicyRelease(String region, String version, String previousVersion, Kind kind, String author, String approvedBy,
			String comment, Map<String, Long> files) {
		this.region = region;
		this.version = version;
		this.previousVersion = previousVersion;
		this.kind = kind;
		this.author = author;
		this.approvedBy = approvedBy;
		this.comment = comment;
		this.files = new TreeMap<>(files);
		this.createdAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

	Long getId() {
		return id;
	}

	String getRegion() {
		return region;
	}

	String getVersion() {
		return version;
	}

	Map<String, Long> getFiles() {
		return files;
	}

	ReleaseView view() {
		return new ReleaseView(id, region, version, previousVersion, kind.name(), author, approvedBy, createdAt,
				comment, files);
	}

}
