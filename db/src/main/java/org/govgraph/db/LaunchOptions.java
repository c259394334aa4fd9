package org.govgraph.db;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** Launcher options: a command-line flag wins over an environment variable, which wins over the default. */
record LaunchOptions(int port, Path dataDir, String pageCache, Path pluginsDir, boolean watchStdin) {
    static final int DEFAULT_PORT = 7687;
    static final String DEFAULT_DATA_DIR = "data/neo4j";
    static final String DEFAULT_PAGE_CACHE = "512m";

    static LaunchOptions parse(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("GOVGRAPH_NEO4J_PORT", String.valueOf(DEFAULT_PORT));
        String dataDir = env.getOrDefault("GOVGRAPH_NEO4J_DATA_DIR", DEFAULT_DATA_DIR);
        String pageCache = env.getOrDefault("GOVGRAPH_NEO4J_PAGE_CACHE", DEFAULT_PAGE_CACHE);
        String pluginsDir = env.get("GOVGRAPH_NEO4J_PLUGINS_DIR");
        boolean watchStdin = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--watch-stdin")) {
                watchStdin = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = value;
                case "--data-dir" -> dataDir = value;
                case "--page-cache" -> pageCache = value;
                case "--plugins-dir" -> pluginsDir = value;
                default -> throw new IllegalArgumentException(
                        "unknown option '" + flag + "' (expected --port, --data-dir, --page-cache, --plugins-dir, --watch-stdin)");
            }
        }
        return new LaunchOptions(
                parsePort(port),
                Path.of(dataDir).toAbsolutePath().normalize(),
                pageCache,
                pluginsDir != null ? Path.of(pluginsDir).toAbsolutePath().normalize() : defaultPluginsDir(),
                watchStdin);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the value we got
        }
        throw new IllegalArgumentException("port must be an integer from 0 to 65535, got '" + value + "'");
    }

    /**
     * Maven copies the APOC jars to target/plugins, next to target/classes and target/govgraph-db.jar, so the
     * default is found from wherever this class was loaded.
     */
    private static Path defaultPluginsDir() {
        try {
            Path codeSource = Path.of(LaunchOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.getParent().resolve("plugins");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the launcher's own jar", e);
        }
    }
}
