package id.kinerja.authoring;

/** How a file's versions can be ordered; each maps to a fixed property, never to text from the request. */
public enum VersionSort {

	VERSION("id"), AUTHOR("author"), TIME("createdAt");

	final String property;

	VersionSort(String property) {
		this.property = property;
	}

}
