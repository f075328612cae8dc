package id.kinerja.access;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
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
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A user who signs in: a role, the regions it is scoped to, and a password hash (never the password). */
@Entity
@Table(name = "app_user")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(length = 60, nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", length = 200, nullable = false)
	private String passwordHash;

	@Column(name = "display_name", length = 120, nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 20, nullable = false)
	private Role role;

	// read with the account on every request: signing in needs them
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_region", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "region_id", length = 40)
	private Set<String> regions = new TreeSet<>();

	@Column(nullable = false)
	private boolean enabled = true;

	/** A temporary password (set by an administrator or from the environment) is changed at the next sign-in. */
	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "last_login_at")
	private OffsetDateTime lastLoginAt;

	@Column(name = "password_changed_at")
	private OffsetDateTime passwordChangedAt;

	protected Account() {
	}

	Account(String username, String passwordHash, String displayName, Role role, Set<String> regions) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.regions.addAll(regions);
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	String getDisplayName() {
		return displayName;
	}

	Role getRole() {
		return role;
	}

	Set<String> getRegions() {
		return Set.copyOf(regions);
	}

	boolean isEnabled() {
		return enabled;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	OffsetDateTime getLastLoginAt() {
		return lastLoginAt;
	}

	/** A new password hash; a temporary one must be changed at the next sign-in. */
	void setPassword(String hash, boolean temporary) {
		this.passwordHash = hash;
		this.mustChangePassword = temporary;
		this.passwordChangedAt = now();
	}

	void assign(String displayName, Role role, Set<String> regions) {
		this.displayName = displayName;
		this.role = role;
		this.regions.clear();
		this.regions.addAll(regions);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void signedIn() {
		this.lastLoginAt = now();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
	}

}
