package id.kinerja.access;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A personal API token: its secret is known only as its SHA-256; its permissions are at most its user's. */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private Account account;

	@Column(length = 80, nullable = false)
	private String name;

	@Column(name = "token_hash", length = 64, nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "expires_at", nullable = false)
	private OffsetDateTime expiresAt;

	@Column(name = "revoked_at")
	private OffsetDateTime revokedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "api_token_permission", joinColumns = @JoinColumn(name = "token_id"))
	@Column(name = "permission", length = 40)
	@Enumerated(EnumType.STRING)
	private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

	protected ApiToken() {
	}

	ApiToken(Account account, String name, String tokenHash, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			Set<Permission> permissions) {
		this.account = account;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.permissions.addAll(permissions);
	}

	Long getId() {
		return id;
	}

	Account getAccount() {
		return account;
	}

	String getName() {
		return name;
	}

	OffsetDateTime getCreatedAt() {
		return createdAt;
	}

	OffsetDateTime getExpiresAt() {
		return expiresAt;
	}

	OffsetDateTime getRevokedAt() {
		return revokedAt;
	}

	Set<Permission> getPermissions() {
		return Set.copyOf(permissions);
	}

	boolean usableAt(OffsetDateTime now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(OffsetDateTime at) {
		if (revokedAt == null) {
			revokedAt = at;
		}
	}

}
