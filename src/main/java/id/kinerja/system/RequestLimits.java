package id.kinerja.system;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds on what one request may ask of the app.
 *
 * @param policyDraft the body of a policy validation or publication (all files of the draft)
 * @param preview the body of a preview with inline facts
 * @param whatIf the body of a what-if (its files and overrides)
 * @param body the body of any other API request
 * @param validationsPerUser validations and publications one user may have running at once
 * @param whatIfsPerUser what-ifs one user may have running at once
 * @param retryAfter what a refusal for a busy user suggests to wait
 */
@Validated
@ConfigurationProperties("kinerja.limits")
public record RequestLimits(@DefaultValue("1MB") DataSize policyDraft, @DefaultValue("4MB") DataSize preview,
		@DefaultValue("1MB") DataSize whatIf, @DefaultValue("1MB") DataSize body,
		@DefaultValue("2") @Min(1) int validationsPerUser,
		@DefaultValue("2") @Min(1) int whatIfsPerUser, @DefaultValue("5s") Duration retryAfter) {

	/** The largest body a request to this path may send. */
	long bodyLimit(String method, String path) {
		if (path.startsWith("/api/v1/policies/") && (path.endsWith("/validate") || path.endsWith("/publish"))) {
			return policyDraft.toBytes();
		}
		if (path.equals("/api/v1/evaluations/preview")) {
			return preview.toBytes();
		}
		if (path.equals("/api/v1/whatif") && method.equals("POST")) {
			return whatIf.toBytes();
		}
		return body.toBytes();
	}

}
