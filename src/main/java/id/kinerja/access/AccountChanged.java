package id.kinerja.access;

import java.util.Set;

/**
 * Published after a change to a user was written, for the audit log: {@code action} names an audit action
 * ({@code USER_CREATED}, {@code PASSWORD_RESET}, ...), {@code username} the user changed, {@code regions}
 * that user's regions (the log keeps one event per region, none for a user of all regions).
 */
public record AccountChanged(String action, String username, Set<String> regions, String detail) {
}
