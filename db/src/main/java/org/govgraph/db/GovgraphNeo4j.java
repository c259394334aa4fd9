package org.govgraph.db;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community embedded, with APOC and the govgraph analyzers, behind a Bolt connector on loopback.
 *
 * <p>Talks to its parent process in single lines: {@code GOVGRAPH_NEO4J_READY {json}} on stdout once Bolt accepts
 * connections, or {@code GOVGRAPH_NEO4J_ERROR {json}} on stderr (and a non-zero exit) if startup fails. Neo4j's own
 * logs go to {@code <dataDir>/logs}, so stdout carries nothing else.
 */
public final class GovgraphNeo4j {
    static final String READY_PREFIX = "GOVGRAPH_NEO4J_READY ";
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    private GovgraphNeo4j() {}

    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(StartupError.PREFIX + Json.object("code", "STARTUP_FAILED", "message", e.getMessage()));
            System.exit(2);
            return;
        }

        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and SIGINT run shutdown hooks; shutdown() checkpoints, so the next start needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService service = running.getAndSet(null);
            if (service != null) {
                service.shutdown();
            }
            stopped.countDown();
        }, "govgraph-neo4j-shutdown"));

        if (options.watchStdin()) {
            exitWhenStdinCloses();
        }
        try {
            DatabaseManagementService service = start(options);
            running.set(service);
            int port = awaitBolt((GraphDatabaseAPI) service.database(DEFAULT_DATABASE_NAME));
            System.out.println(READY_PREFIX + Json.object(
                    "bolt", "bolt://" + LOOPBACK + ":" + port,
                    "version", Version.getNeo4jVersion(),
                    "dataDir", options.dataDir().toString()));
            System.out.flush();
        } catch (Throwable failure) {
            System.err.println(StartupError.line(failure, options));
            keepStackTrace(failure, options.dataDir());
            System.exit(1); // runs the shutdown hook, which stops a half-started DBMS
        }
        stopped.await();
    }

    private static DatabaseManagementService start(LaunchOptions options) throws IOException {
        checkPortFree(options.port());
        return new DatabaseManagementServiceBuilder(options.dataDir())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, options.port()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                // Auth is off ONLY because Bolt listens on 127.0.0.1: this is a per-user development and test
                // database, reachable by local processes alone. Never change the listen address without turning
                // auth back on.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(options.pageCache()))
                .setConfig(GraphDatabaseSettings.plugin_dir, options.pluginsDir())
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.logs_directory, options.dataDir().resolve("logs"))
                // A local database has no business reporting usage to anyone.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's Netty event loops wait 5 s of quiet each (two loops) before stopping, which made every stop,
                // and every failed start, take 10-15 s. Connections are already closed by then, so do not wait.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    /**
     * Neo4j binds Bolt only after it has opened (or created) the store, so a busy port would otherwise be reported
     * after 10-15 s and leave a fresh store behind. Neo4j's own bind failure still covers the race after this check.
     */
    private static void checkPortFree(int port) throws IOException {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(LOOPBACK, port));
        }
    }

    /** Waits for the default database, then for Bolt to accept a connection; returns the port actually bound. */
    private static int awaitBolt(GraphDatabaseAPI db) throws IOException, InterruptedException {
        if (!db.isAvailable(STARTUP_TIMEOUT.toMillis())) {
            throw new IllegalStateException(
                    "database '" + DEFAULT_DATABASE_NAME + "' was not available after " + STARTUP_TIMEOUT.toSeconds() + " s");
        }
        // With port 0 the OS picks the port; the port register records which one Bolt really bound.
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(LOOPBACK, port), 1000);
                return port;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    /**
     * The parent keeps our stdin open for as long as it lives. If it dies without stopping us (SIGKILL, crash), the
     * pipe closes and we shut down cleanly instead of holding the port and the data directory forever.
     */
    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent sends nothing; any bytes are ignored
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of input
            }
            System.exit(0);
        }, "govgraph-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The error line is deliberately short; the full trace goes next to Neo4j's own logs. */
    private static void keepStackTrace(Throwable failure, Path dataDir) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Path logs = Files.createDirectories(dataDir.resolve("logs"));
            Files.writeString(logs.resolve("govgraph-launcher.log"), trace.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // the error line on stderr has already said what went wrong
        }
    }
}
