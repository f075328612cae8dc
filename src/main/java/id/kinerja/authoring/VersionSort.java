package id.kinerja.authoring;

/**
 * How a file's versions, a region's releases or its submitted changes can be ordered (each has a number, an
 * author and a time); each maps to a fixed property, never to text from the request.
 */
public enum VersionSort {

	VERSION("id"), AUTHOR("author"), TIME("createdAt");

	final String property;

	VersionSort(String property) {
		this.property = property;
	}

}
