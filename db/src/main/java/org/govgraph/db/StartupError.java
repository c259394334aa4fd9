package org.govgraph.db;

import java.net.BindException;
import org.neo4j.io.locker.FileLockException;

/** Turns a startup failure into the one machine-readable line the Node side parses. */
final class StartupError {
    static final String PREFIX = "GOVGRAPH_NEO4J_ERROR ";

    private StartupError() {}

    static String line(Throwable failure, LaunchOptions options) {
        String code;
        String message;
        if (findCause(failure, FileLockException.class) != null) {
            code = "DATA_DIR_LOCKED";
            message = "data directory " + options.dataDir() + " is in use by another running Neo4j";
        } else if (findCause(failure, BindException.class) != null) {
            code = "PORT_IN_USE";
            message = "Bolt port " + options.port() + " on 127.0.0.1 is already in use";
        } else {
            code = "STARTUP_FAILED";
            message = "Neo4j failed to start: " + rootMessage(failure);
        }
        return PREFIX + Json.object("code", code, "message", message);
    }

    static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() != null ? root.getMessage() : root.getClass().getName();
        return text.replaceAll("\\s+", " ").trim();
    }
}
