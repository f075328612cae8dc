package id.kinerja.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import id.kinerja.policy.fact.Conclusion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What rule files may name: the types of the fact package (scanned once, so a new fact needs no edit here)
 * and a few JDK value types, and the members of both that are safe to call. Members are an allow-list
 * too: a name after a dot must be a method, field or constant of one of these types, minus those that
 * lead to reflection, threads, system properties or that change a collection.
 */
final class FactModel {

	/** JDK types a rule may name, by simple name; {@code Number} for {@code ((Number) $sum).doubleValue()}. */
	static final Map<String, Class<?>> VALUE_TYPES = Map.ofEntries(Map.entry("Math", Math.class),
			Map.entry("String", String.class), Map.entry("Integer", Integer.class), Map.entry("Long", Long.class),
			Map.entry("Double", Double.class), Map.entry("Boolean", Boolean.class), Map.entry("Number", Number.class),
			Map.entry("BigDecimal", BigDecimal.class), Map.entry("RoundingMode", RoundingMode.class),
			Map.entry("LocalDate", LocalDate.class), Map.entry("LocalDateTime", LocalDateTime.class),
			Map.entry("Duration", Duration.class), Map.entry("Period", Period.class), Map.entry("List", List.class),
			Map.entry("Set", Set.class), Map.entry("Map", Map.class), Map.entry("Objects", Objects.class));

	/** Declared before the sets built from it. */
	private static final Set<String> UNSAFE_MEMBERS = Set.of("getClass", "getDeclaringClass", "describeConstable",
			"resolveConstantDesc", "wait", "notify", "notifyAll", "finalize", "getInteger", "getLong", "getBoolean",
			"add", "addAll", "addFirst", "addLast", "put", "putAll", "putIfAbsent", "remove", "removeAll", "removeIf",
			"removeFirst", "removeLast", "retainAll", "clear", "set", "replace", "replaceAll", "compute",
			"computeIfAbsent", "computeIfPresent", "merge", "sort");

	/** Simple name to class of every type in the fact package. */
	static final Map<String, Class<?>> FACT_TYPES = scan(PolicyCompiler.FACT_PACKAGE);

	/** Fact types a rule concludes (they implement {@link Conclusion}). */
	static final Set<String> CONCLUSIONS = conclusions();

	/** Types a rule may create with {@code new}: the fact records and classes, and BigDecimal. */
	static final Set<String> CONSTRUCTIBLE = constructible();

	/** Names a rule may write after a dot. */
	static final Set<String> MEMBERS = members();

	/** Names of fact properties, which constraints write bare ({@code value >= 110}). */
	static final Set<String> PROPERTIES = properties();

	private FactModel() {
	}

	static boolean isType(String name) {
		return FACT_TYPES.containsKey(name) || VALUE_TYPES.containsKey(name);
	}

	private static Map<String, Class<?>> scan(String packageName) {
		String pattern = "classpath*:" + packageName.replace('.', '/') + "/*.class";
		Map<String, Class<?>> types = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver(FactModel.class.getClassLoader())
				.getResources(pattern)) {
				String file = Objects.requireNonNull(resource.getFilename());
				if (!file.contains("$") && !file.equals("package-info.class")) {
					Class<?> type = load(packageName + "." + file.substring(0, file.length() - ".class".length()));
					types.put(type.getSimpleName(), type);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(types);
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, FactModel.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<String> conclusions() {
		Set<String> names = new HashSet<>();
		FACT_TYPES.forEach((name, type) -> {
			if (Conclusion.class.isAssignableFrom(type) && !type.isInterface()) {
				names.add(name);
			}
		});
		return Set.copyOf(names);
	}

	private static Set<String> constructible() {
		Set<String> names = new HashSet<>(Set.of("BigDecimal"));
		FACT_TYPES.forEach((name, type) -> {
			if (!type.isInterface() && !type.isEnum() && !Modifier.isAbstract(type.getModifiers())) {
				names.add(name);
			}
		});
		return Set.copyOf(names);
	}

	private static Set<String> members() {
		Set<String> names = new HashSet<>();
		FACT_TYPES.values().forEach(type -> addMembers(type, names));
		VALUE_TYPES.values().forEach(type -> addMembers(type, names));
		names.removeAll(UNSAFE_MEMBERS);
		return Set.copyOf(names);
	}

	private static void addMembers(Class<?> type, Set<String> names) {
		for (Method method : type.getMethods()) {
			if (safeResult(method.getReturnType())) {
				names.add(method.getName());
			}
		}
		for (Field field : type.getFields()) {
			names.add(field.getName());
		}
	}

	/** Nothing that hands out classes, class loaders, reflection, modules, threads or processes. */
	private static boolean safeResult(Class<?> type) {
		String name = type.getName();
		return !(type == Class.class || ClassLoader.class.isAssignableFrom(type) || type == Module.class
				|| Thread.class.isAssignableFrom(type) || type == Runtime.class || name.startsWith("java.lang.reflect.")
				|| name.startsWith("java.lang.invoke.") || name.startsWith("java.lang.Process"));
	}

	private static Set<String> properties() {
		Set<String> names = new HashSet<>();
		for (Class<?> type : FACT_TYPES.values()) {
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
			for (Method method : type.getMethods()) {
				if (method.getDeclaringClass() == type && !Modifier.isStatic(method.getModifiers())) {
					names.add(property(method.getName()));
				}
			}
		}
		names.removeAll(UNSAFE_MEMBERS);
		return Set.copyOf(names);
	}

	/** {@code getRank} and {@code isUnitHead} are read as {@code rank} and {@code unitHead}. */
	private static String property(String method) {
		for (String prefix : List.of("get", "is")) {
			if (method.length() > prefix.length() && method.startsWith(prefix)
					&& Character.isUpperCase(method.charAt(prefix.length()))) {
				return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
			}
		}
		return method;
	}

}
