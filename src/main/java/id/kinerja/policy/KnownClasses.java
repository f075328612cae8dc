package id.kinerja.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader the rule compiler sees: the app's, remembering what it does not have. Compiling a rule
 * file, the expression language and the Java compiler ask for many names that are no class (each identifier
 * under each imported package); every miss would search all of the app's jars again. Classes of the app do
 * not appear while it runs (the engine defines its generated classes in loaders of its own), so a miss stays
 * a miss, and a class file read once (the Java compiler reads the same few hundred at every compile) is kept.
 */
final class KnownClasses extends ClassLoader {

	/** Misses remembered at most; past it they are forgotten and searched again. */
	private static final int REMEMBERED = 100_000;

	static final KnownClasses INSTANCE = new KnownClasses(KnownClasses.class.getClassLoader());

	private final Set<String> missingClasses = ConcurrentHashMap.newKeySet();

	private final Set<String> missingResources = ConcurrentHashMap.newKeySet();

	/** Class files the Java compiler reads to resolve types: the same few hundred at every compile. */
	private final Map<String, byte[]> classFiles = new ConcurrentHashMap<>();

	private KnownClasses(ClassLoader parent) {
		super(parent);
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (missingClasses.contains(name)) {
			throw new ClassNotFoundException(name);
		}
		try {
			return super.loadClass(name, resolve);
		}
		catch (ClassNotFoundException ex) {
			remember(missingClasses, name);
			throw ex;
		}
	}

	@Override
	public URL getResource(String name) {
		if (missingResources.contains(name)) {
			return null;
		}
		URL found = super.getResource(name);
		if (found == null) {
			remember(missingResources, name);
		}
		return found;
	}

	@Override
	public InputStream getResourceAsStream(String name) {
		if (!name.endsWith(".class")) {
			return super.getResourceAsStream(name);
		}
		byte[] bytes = classFiles.get(name);
		if (bytes == null) {
			URL found = getResource(name);
			if (found == null) {
				return null;
			}
			try (InputStream in = found.openStream()) {
				bytes = in.readAllBytes();
			}
			catch (IOException ex) {
				return null;
			}
			if (classFiles.size() < REMEMBERED) {
				classFiles.put(name, bytes);
			}
		}
		return new ByteArrayInputStream(bytes);
	}

	private static void remember(Set<String> missing, String name) {
		if (missing.size() > REMEMBERED) {
			missing.clear();
		}
		missing.add(name);
	}

}
