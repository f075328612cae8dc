package id.kinerja.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.kinerja.policy.fact.AssessorScore;
import id.kinerja.policy.fact.BehaviourScore;
import id.kinerja.policy.fact.CitizenInput;
import id.kinerja.policy.fact.Conclusion;
import id.kinerja.policy.fact.Employee;
import id.kinerja.policy.fact.Indicator;
import id.kinerja.policy.fact.Parameter;
import id.kinerja.policy.fact.PredikatDistribution;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What rule files may name, with types: the fact package (scanned once, so a new fact needs no edit here),
 * {@code Math} and the few members of {@code String}, numbers and collections that run in time linear in
 * their input. Everything not listed here is refused by {@link RuleGuard}.
 */
final class FactModel {

	/** Simple name to class of every type in the fact package. */
	static final Map<String, Class<?>> FACT_TYPES = scan(PolicyCompiler.FACT_PACKAGE);

	/** Names of the fact types a rule concludes (they implement {@link Conclusion}). */
	static final Set<String> CONCLUSIONS = FACT_TYPES.entrySet()
		.stream()
		.filter(type -> Conclusion.class.isAssignableFrom(type.getValue()) && !type.getValue().isInterface())
		.map(Map.Entry::getKey)
		.collect(Collectors.toUnmodifiableSet());

	/** Facts Kinerja gives a session: rules read them and never create them. */
	private static final Set<Class<?>> INPUTS = Set.of(Employee.class, Indicator.class, BehaviourScore.class,
			AssessorScore.class, CitizenInput.class, Parameter.class, PredikatDistribution.class);

	/** Static methods of {@code Math} a rule may call: constant time on numbers. */
	static final Map<String, Class<?>> MATH = Map.ofEntries(Map.entry("abs", double.class),
			Map.entry("min", double.class), Map.entry("max", double.class), Map.entry("round", long.class),
			Map.entry("floor", double.class), Map.entry("ceil", double.class), Map.entry("sqrt", double.class),
			Map.entry("pow", double.class), Map.entry("signum", double.class));

	/** Methods of {@code String}: linear in the string, no regular expressions, nothing that multiplies it. */
	private static final Map<String, Class<?>> STRING = Map.ofEntries(Map.entry("length", int.class),
			Map.entry("isEmpty", boolean.class), Map.entry("isBlank", boolean.class),
			Map.entry("startsWith", boolean.class), Map.entry("endsWith", boolean.class),
			Map.entry("contains", boolean.class), Map.entry("equals", boolean.class),
			Map.entry("equalsIgnoreCase", boolean.class), Map.entry("compareTo", int.class),
			Map.entry("toUpperCase", String.class), Map.entry("toLowerCase", String.class),
			Map.entry("trim", String.class), Map.entry("strip", String.class), Map.entry("charAt", char.class),
			Map.entry("substring", String.class));

	/** Methods of a boxed number, e.g. {@code ((Number) $jumlah).doubleValue()}. */
	private static final Map<String, Class<?>> NUMBER = Map.of("doubleValue", double.class, "intValue", int.class,
			"longValue", long.class);

	/** Methods of a fact's list: reading its size or membership, never changing it. */
	private static final Map<String, Class<?>> COLLECTION = Map.of("size", int.class, "isEmpty", boolean.class,
			"contains", boolean.class);

	/** Types a cast may name. */
	static final Map<String, Class<?>> CASTS = Map.of("Number", Number.class, "Double", Double.class, "Integer",
			Integer.class, "Long", Long.class, "double", double.class, "int", int.class, "long", long.class);

	private FactModel() {
	}

	/** A type of the fact package by its simple name, if there is one. */
	static Optional<Class<?>> factType(String name) {
		return Optional.ofNullable(FACT_TYPES.get(name));
	}

	/** Whether rules may create and insert this fact: conclusions and derived facts, never an input fact. */
	static boolean insertable(Class<?> type) {
		return FACT_TYPES.containsValue(type) && type.isRecord() && !INPUTS.contains(type);
	}

	/** A fact type with a {@code nip}: one fact per employee, so a session holds many. */
	static boolean perEmployee(Class<?> type) {
		return component(type, "nip") != null;
	}

	/** A property a constraint names bare ({@code value >= 110}) or after a dot: a record component. */
	static Optional<Type> property(Type owner, String name) {
		Class<?> raw = raw(owner);
		if (!FACT_TYPES.containsValue(raw) || !raw.isRecord()) {
			return Optional.empty();
		}
		RecordComponent component = component(raw, name);
		return component == null ? Optional.empty() : Optional.of(component.getGenericType());
	}

	/** An enum constant of a fact enum ({@code Rating.DI_ATAS_EKSPEKTASI}). */
	static boolean constant(Class<?> type, String name) {
		return FACT_TYPES.containsValue(type) && type.isEnum()
				&& List.of(type.getEnumConstants()).stream().anyMatch(c -> ((Enum<?>) c).name().equals(name));
	}

	/**
	 * The result type of calling {@code name} with {@code arity} arguments on a value of {@code owner}, if a
	 * rule may call it: a record accessor or a helper method declared by a fact type, or a listed method of
	 * {@code String}, a number or a collection.
	 */
	static Optional<Type> method(Type owner, String name, int arity) {
		Class<?> raw = raw(owner);
		if (FACT_TYPES.containsValue(raw)) {
			return factMethod(raw, name, arity);
		}
		Map<String, Class<?>> listed = raw == String.class ? STRING
				: Number.class.isAssignableFrom(raw) ? NUMBER : Collection.class.isAssignableFrom(raw) ? COLLECTION : Map.of();
		return Optional.ofNullable(listed.get(name));
	}

	/** Methods a fact type declares itself (accessors and helpers), never those inherited from Object or Enum. */
	private static Optional<Type> factMethod(Class<?> type, String name, int arity) {
		for (Method method : type.getDeclaredMethods()) {
			if (method.getName().equals(name) && method.getParameterCount() == arity
					&& Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
					&& !method.isSynthetic() && !method.isBridge() && !Set.of("equals", "hashCode", "toString").contains(name)) {
				return Optional.of(method.getGenericReturnType());
			}
		}
		return Optional.empty();
	}

	/** The type of the elements of a fact's list, for {@code from $e.indicators()}. */
	static Optional<Class<?>> elementType(Type collection) {
		if (collection instanceof ParameterizedType parameterized && Collection.class.isAssignableFrom(raw(collection))
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element
				&& FACT_TYPES.containsValue(element)) {
			return Optional.of(element);
		}
		return Optional.empty();
	}

	static Class<?> raw(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			return (Class<?>) parameterized.getRawType();
		}
		return type instanceof Class<?> c ? c : Object.class;
	}

	private static RecordComponent component(Class<?> type, String name) {
		if (!type.isRecord()) {
			return null;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component;
			}
		}
		return null;
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
					if (Modifier.isPublic(type.getModifiers())) {
						types.put(type.getSimpleName(), type);
					}
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

}
