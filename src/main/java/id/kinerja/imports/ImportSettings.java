package id.kinerja.imports;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of an uploaded file, checked while it is read: its size (413 past it), the rows and columns of
 * its sheet, and how much an XLSX may unpack to (more is refused as a zip bomb).
 *
 * @param maxFileSize the largest upload; a larger one is cut off while it is read (413)
 * @param maxRows rows of a sheet at most
 * @param maxColumns columns of a sheet at most
 * @param maxUnpacked what an XLSX may unpack to at most (more is refused as a zip bomb)
 * @param maxErrorsShown row errors an answer lists; the count and the error copy hold them all
 */
@Validated
@ConfigurationProperties("kinerja.imports")
record ImportSettings(@DefaultValue("100MB") DataSize maxFileSize, @DefaultValue("1000000") @Min(1) int maxRows,
		@DefaultValue("60") @Min(1) int maxColumns, @DefaultValue("1GB") DataSize maxUnpacked,
		@DefaultValue("1000") @Min(1) int maxErrorsShown) {
}
