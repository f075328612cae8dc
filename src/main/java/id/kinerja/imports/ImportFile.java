package id.kinerja.imports;

/** A file to download: a rejected upload's copy with an error column. */
public record ImportFile(String fileName, String contentType, byte[] content) {
}
