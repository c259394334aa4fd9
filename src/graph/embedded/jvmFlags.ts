/**
 * JVM flags for the launcher, given the heap size ('1g'). They follow `server.jvm.additional`
 * in Neo4j 5.26's neo4j.conf, except:
 * - no -XX:+AlwaysPreTouch: it commits the whole heap before start, slowing every start and
 *   holding memory that a development database (or a test run starting several) never uses;
 * - no -XX:+TrustFinalNonStaticFields: neo4j.conf itself says to drop it in embedded mode;
 * - no -Djdk.tls.* flags: Bolt is plaintext on loopback, there is no TLS to harden.
 */
export function jvmFlags(heap: string): string[] {
  return [
    // Initial = maximum heap, as Neo4j recommends: no pauses to grow the heap under load.
    `-Xms${heap}`,
    `-Xmx${heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    // Neo4j reaches into NIO internals for its page cache and Netty buffers.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    // The ready line carries the data directory, which may contain Vietnamese: print UTF-8
    // whatever the machine's locale.
    "-Dfile.encoding=UTF-8",
  ];
}
