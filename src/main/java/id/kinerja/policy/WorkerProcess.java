package id.kinerja.policy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sandbox worker seen from the app: a child JVM with its own heap limit, one call at a time. A reader
 * thread takes its answers; {@link Sandbox} watches the clock and processor time of the running call and
 * kills the process when a limit passes. Whatever the worker prints besides its answers goes to the app's log.
 */
final class WorkerProcess {

	private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);

	/** The exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
	private static final int OUT_OF_MEMORY = 3;

	private final Process process;

	private final Frames frames;

	private final SandboxSettings settings;

	private volatile CompletableFuture<SandboxReply> pending;

	private volatile long started;

	private volatile Duration cpuAtStart = Duration.ZERO;

	private volatile String rule;

	private volatile String killedFor;

	private int calls;

	private WorkerProcess(Process process, SandboxSettings settings) {
		this.process = process;
		this.settings = settings;
		this.frames = new Frames(new BufferedInputStream(process.getInputStream()),
				new BufferedOutputStream(process.getOutputStream()), settings.maxReplyMegabytes() << 20);
		Thread reader = new Thread(this::read, "sandbox-worker-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	static WorkerProcess start(SandboxSettings settings, EngineSettings engine, Path root) {
		List<String> command = new ArrayList<>();
		if (settings.nice() && new File("/usr/bin/nice").canExecute()) {
			command.addAll(List.of("/usr/bin/nice", "-n", "10"));
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx" + settings.heapMegabytes() + "m", "-Xss2m", "-XX:MaxMetaspaceSize=256m",
				// the VM's own messages ("Terminating due to java.lang.OutOfMemoryError") on stderr: stdout
				// carries the replies' frames, which one such line would corrupt
				"-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr", "-XX:+UseSerialGC",
				"-Dkinerja.sandbox.batch-size=" + engine.batchSize(),
				"-Dkinerja.sandbox.max-firings=" + engine.maxFiringsPerEmployee(),
				"-Dkinerja.sandbox.max-session-millis=" + engine.maxSessionTime().toMillis(),
				"-Dkinerja.sandbox.max-frame-bytes=" + (settings.maxReplyMegabytes() << 20)));
		command.addAll(launch());
		try {
			Process process = new ProcessBuilder(command).directory(root.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			log.info("Sandbox worker {} started ({} MiB heap)", process.pid(), settings.heapMegabytes());
			return new WorkerProcess(process, settings);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start a sandbox worker: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The class path and main class of the worker: the app's own class path, or inside an executable jar
	 * Spring Boot's launcher pointed at the worker's main class.
	 */
	private static List<String> launch() {
		String main = SandboxWorker.class.getName();
		ClassLoader loader = SandboxWorker.class.getClassLoader();
		if (loader == ClassLoader.getSystemClassLoader()) {
			return List.of("-cp", System.getProperty("java.class.path"), main);
		}
		List<String> files = new ArrayList<>();
		if (loader instanceof URLClassLoader urls) {
			for (URL url : urls.getURLs()) {
				if (!url.getProtocol().equals("file")) {
					files.clear();
					break;
				}
				files.add(file(url));
			}
		}
		if (!files.isEmpty()) {
			return List.of("-cp", String.join(File.pathSeparator, files), main);
		}
		return List.of("-cp", System.getProperty("java.class.path"), "-Dloader.main=" + main,
				"org.springframework.boot.loader.launch.PropertiesLauncher");
	}

	private static String file(URL url) {
		try {
			return Path.of(url.toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends one call and waits for its answer.
	 * @throws SandboxLimit when the worker was killed for a limit, or ran out of memory
	 * @throws SandboxStopped when it ended for another reason
	 */
	SandboxReply call(SandboxCall call) {
		CompletableFuture<SandboxReply> reply = new CompletableFuture<>();
		pending = reply;
		rule = null;
		started = 0;
		calls++;
		try {
			frames.write(call);
			// the clock is watched by the sandbox; this wait only ends a call whose worker hangs unseen
			return reply.get(settings.timeLimit().multipliedBy(2).plusSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			// the worker ended by itself (out of memory) or was killed by the sandbox's watch
			throw ended();
		}
		catch (IOException | TimeoutException ex) {
			kill("time");
			throw ended();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			kill("interrupted");
			throw ended();
		}
		finally {
			pending = null;
		}
	}

	private RuntimeException ended() {
		try {
			process.waitFor(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		String reason = killedFor;
		if (reason == null && !process.isAlive() && process.exitValue() == OUT_OF_MEMORY) {
			reason = "memory";
		}
		return switch (reason == null ? "" : reason) {
			case "time" -> new SandboxLimit("time", seconds(settings.timeLimit()), rule);
			case "cpu" -> new SandboxLimit("cpu", seconds(settings.cpuLimit()), rule);
			case "memory" -> new SandboxLimit("memory", settings.heapMegabytes() + " MiB", rule);
			default -> new SandboxStopped(process.isAlive() ? "?" : "exit " + process.exitValue());
		};
	}

	private static String seconds(Duration duration) {
		return duration.toSeconds() + " s";
	}

	/** Reads the worker's answers until it ends; a call still waiting then fails. */
	private void read() {
		try {
			SandboxReply reply;
			while ((reply = frames.read(SandboxReply.class)) != null) {
				CompletableFuture<SandboxReply> waiting = pending;
				if (reply.kind() == SandboxReply.Kind.RUNNING) {
					running(reply);
				}
				else if (waiting != null) {
					waiting.complete(reply);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Sandbox worker {}: {}", process.pid(), ex.getMessage());
			process.destroyForcibly();
		}
		CompletableFuture<SandboxReply> waiting = pending;
		if (waiting != null) {
			waiting.completeExceptionally(new IOException("worker ended"));
		}
	}

	private void running(SandboxReply reply) {
		if (reply.rule() == null) {
			started = System.nanoTime();
			cpuAtStart = cpu();
		}
		else {
			rule = reply.rule();
		}
	}

	/** Kills the worker when the running call is past its wall-clock or processor time. */
	void enforceLimits() {
		if (pending == null || started == 0) {
			return;
		}
		if (System.nanoTime() - started > settings.timeLimit().toNanos()) {
			kill("time");
		}
		else if (cpu().minus(cpuAtStart).compareTo(settings.cpuLimit()) > 0) {
			kill("cpu");
		}
	}

	private Duration cpu() {
		return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	void kill(String reason) {
		if (process.isAlive()) {
			killedFor = reason;
			log.warn("Sandbox worker {} killed: {} limit passed{}", process.pid(), reason,
					rule == null ? "" : " in rule \"" + rule + "\"");
			process.destroyForcibly();
		}
	}

	/** Ends a worker that did nothing wrong: worn out, or the app is stopping. */
	void stop() {
		process.destroyForcibly();
	}

	boolean alive() {
		return process.isAlive();
	}

	boolean worn() {
		return calls >= settings.recycleAfter();
	}

	long pid() {
		return process.pid();
	}

}
