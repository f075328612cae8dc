package id.kinerja.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Picks up policy files changed on disk by other means than the API (an editor, {@code git pull}): the
 * changed regions are reloaded once the folder has been quiet for a moment, so a multi-file change is
 * read whole. The API's own writes come back here too and are recognised as the active version.
 */
@Component
@ConditionalOnProperty(name = "kinerja.policy.watch", havingValue = "true", matchIfMissing = true)
class PolicyWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PolicyWatcher.class);

	/** How long the folder must stay quiet before the changed regions are reloaded. */
	private static final long QUIET_MILLIS = 400;

	private final Policies policies;

	private volatile WatchService watcher;

	private volatile Thread thread;

	PolicyWatcher(Policies policies) {
		this.policies = policies;
	}

	@Override
	public void start() {
		try {
			watcher = FileSystems.getDefault().newWatchService();
			Path root = policies.sources().root();
			register(root.resolve(PolicySources.NATIONAL_FOLDER));
			register(root.resolve(PolicySources.POLICIES_FOLDER));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread watching = new Thread(this::watch, "policy-watcher");
		watching.setDaemon(true);
		watching.start();
		thread = watching;
	}

	/** Watches a folder and every folder under it (a watch service is not recursive). */
	private void register(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> folders = Files.walk(folder)) {
			for (Path each : folders.filter(Files::isDirectory).toList()) {
				each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
						StandardWatchEventKinds.ENTRY_DELETE);
			}
		}
	}

	private void watch() {
		Set<String> changed = new TreeSet<>();
		while (true) {
			try {
				WatchKey key = changed.isEmpty() ? watcher.take() : watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
				if (key == null) {
					reload(changed);
					continue;
				}
				collect(key, changed);
			}
			catch (InterruptedException | ClosedWatchServiceException ex) {
				return;
			}
			catch (RuntimeException | IOException ex) {
				log.error("Watching the policy folders failed; changes on disk are picked up at the next one", ex);
			}
		}
	}

	private void collect(WatchKey key, Set<String> changed) throws IOException {
		Path folder = (Path) key.watchable();
		for (WatchEvent<?> event : key.pollEvents()) {
			if (!(event.context() instanceof Path name) || name.getFileName().toString().startsWith(".")) {
				continue;
			}
			Path path = folder.resolve(name);
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
				register(path);
			}
			String region = policies.sources().regionOf(path);
			if (region != null) {
				changed.add(region);
			}
		}
		key.reset();
	}

	private void reload(Set<String> changed) {
		for (String region : changed.contains("*") ? Set.of("*") : Set.copyOf(changed)) {
			try {
				policies.reload(region);
			}
			catch (RuntimeException ex) {
				log.error("Reloading the policy of {} failed; the active version stays", region, ex);
			}
		}
		changed.clear();
	}

	@Override
	public void stop() {
		try {
			if (watcher != null) {
				watcher.close();
			}
		}
		catch (IOException ex) {
			log.warn("Closing the policy watcher failed", ex);
		}
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null && thread.isAlive();
	}

}
