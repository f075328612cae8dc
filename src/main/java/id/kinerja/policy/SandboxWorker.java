package id.kinerja.policy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox worker: a separate JVM that the app starts with a small heap, which compiles and runs rule
 * files that are not published yet (validations, publish checks, what-ifs with edited files). It reads
 * calls from its standard input and answers on its standard output; anything else printed goes to its
 * standard error. It ends when the app ends, and the app kills it when a call passes its limits.
 */
public final class SandboxWorker {

	private static final int WARM_UP_ROUNDS = 3;

	/** Drafts kept compiled at once: a what-if's, and one being prepared. */
	private static final int KEPT_DRAFTS = 2;

	private final PolicyCompiler compiler;

	private final EngineSettings settings;

	private final Frames frames;

	private final Map<String, CompiledPolicy> drafts = new LinkedHashMap<>(4, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, CompiledPolicy> eldest) {
			return size() > KEPT_DRAFTS;
		}
	};

	private final AtomicLong current = new AtomicLong(-1);

	private SandboxWorker(EngineSettings settings, Frames frames) {
		this.settings = settings;
		this.compiler = new PolicyCompiler(settings);
		this.frames = frames;
	}

	public static void main(String[] args) throws IOException {
		PrintStream protocol = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false);
		System.setOut(System.err);
		RunningRule.tracking = true;
		ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
		EngineSettings settings = new EngineSettings(Integer.getInteger("kinerja.sandbox.batch-size", 200),
				Integer.getInteger("kinerja.sandbox.max-firings", 500),
				Duration.ofMillis(Long.getLong("kinerja.sandbox.max-session-millis", 20_000)));
		Frames frames = new Frames(new BufferedInputStream(new FileInputStream(FileDescriptor.in)), protocol,
				Integer.getInteger("kinerja.sandbox.max-frame-bytes", 256 << 20));
		SandboxWorker worker = new SandboxWorker(settings, frames);
		worker.warmUp();
		worker.reportRunningRules(Thread.currentThread());
		worker.serve();
		Runtime.getRuntime().halt(0);
	}

	/**
	 * Checks the national baseline and its case tables a few times, so the first real call does not pay for
	 * loading the engine and compiling its code.
	 */
	private void warmUp() {
		try {
			List<PolicyFile> national = new PolicySources(Path.of(".")).read(null);
			for (int i = 0; i < WARM_UP_ROUNDS; i++) {
				CompiledPolicy policy = DraftCheck.check(compiler, null, national).policy();
				PolicyCases.run(policy, national);
			}
		}
		catch (RuntimeException ex) {
			// no rules folder here: the first call warms up instead
		}
	}

	private void serve() throws IOException {
		SandboxCall call;
		while ((call = frames.read(SandboxCall.class)) != null) {
			current.set(call.id());
			frames.write(SandboxReply.running(call.id(), null));
			SandboxReply reply;
			try {
				reply = answer(call);
			}
			catch (RunawayPolicy ex) {
				reply = SandboxReply.failed(call.id(), new SandboxReply.Failure(ex.limit(), ex.value(), ex.rules(), null));
			}
			catch (RuntimeException | StackOverflowError ex) {
				reply = SandboxReply.failed(call.id(), new SandboxReply.Failure("error", 0, List.of(), String.valueOf(ex)));
			}
			current.set(-1);
			frames.write(reply);
		}
	}

	private SandboxReply answer(SandboxCall call) {
		return switch (call.kind()) {
			case VALIDATE -> SandboxReply.validated(call.id(), DraftCheck.check(compiler, call.region(), call.files()).validation());
			case PREPARE -> prepare(call);
			case EVALUATE -> SandboxReply.evaluated(call.id(),
					draft(call).scope(call.agency()).engine().evaluate(call.employees(), call.parameters(), settings));
			case CURVE -> SandboxReply.checked(call.id(),
					draft(call).scope(call.agency()).engine().checkCurve(call.distribution(), call.parameters(), settings));
			case RELEASE -> {
				drafts.remove(call.draft());
				yield SandboxReply.evaluated(call.id(), List.of());
			}
		};
	}

	private SandboxReply prepare(SandboxCall call) {
		DraftCheck.Checked checked = DraftCheck.check(compiler, call.region(), call.files());
		if (checked.policy() == null || !checked.validation().problems().isEmpty()) {
			return SandboxReply.prepared(call.id(), checked.validation(), null);
		}
		drafts.put(call.draft(), checked.policy());
		return SandboxReply.prepared(call.id(), checked.validation(), checked.policy().scopeParameters());
	}

	private CompiledPolicy draft(SandboxCall call) {
		CompiledPolicy draft = drafts.get(call.draft());
		if (draft == null) {
			throw new IllegalStateException("draft " + call.draft() + " is not prepared in this worker");
		}
		return draft;
	}

	/** While a call runs, says now and then which rule the worker is in, read from the running thread's stack. */
	private void reportRunningRules(Thread main) {
		Thread reporter = new Thread(() -> {
			String last = null;
			while (true) {
				try {
					Thread.sleep(200);
					long id = current.get();
					String rule = id < 0 ? null : RunningRule.of(main);
					if (rule != null && !rule.equals(last)) {
						frames.write(SandboxReply.running(id, rule));
					}
					last = rule;
				}
				catch (InterruptedException | IOException ex) {
					return;
				}
			}
		}, "sandbox-reporter");
		reporter.setDaemon(true);
		reporter.start();
	}

}
