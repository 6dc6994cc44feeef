// Starts Neo4j Community embedded, with Bolt on 127.0.0.1 and auth on, until SIGTERM/SIGINT.
// Compiled and run by @kg/local-neo4j (packages/local-neo4j/src/server.ts) on the Maven classpath;
// by hand: java -cp "$(cat classpath.txt)" Launcher.java HOME_DIR PORT
// The password arrives in the environment (KG_NEO4J_PASSWORD), never on the command line.
// Prints "READY bolt://127.0.0.1:PORT" once the default database is available; any startup
// failure prints its stack trace and exits 1 (Neo4j's own threads would otherwise keep the JVM up).
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

public class Launcher {
  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable t) {
      System.out.println("FAILED " + t);
      t.printStackTrace(System.out);
      System.out.flush();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher HOME_DIR BOLT_PORT");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = System.getenv("KG_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("KG_NEO4J_PASSWORD must be set (8 characters at least)");
      System.exit(2);
    }
    String pagecache = System.getenv().getOrDefault("KG_NEO4J_PAGECACHE", "512m");
    long txTimeoutSeconds = Long.parseLong(System.getenv().getOrDefault("KG_NEO4J_TX_TIMEOUT_SECONDS", "300"));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
        // Embedded Neo4j has no import folder: LOAD CSV FROM 'file:///...' could read any file the
        // JVM can. Nothing here needs it, and the read-only console must not expose it.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("STOPPING");
      dbms.shutdown();
      System.out.println("STOPPED");
    }));

    // Keep the built-in user's password equal to the one the tools read back, and never "change
    // required". Neo4j refuses to "change" a password to its current value: then it is already right.
    GraphDatabaseService system = dbms.database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (QueryExecutionException e) {
      if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) throw e;
    }

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    while (!db.isAvailable(Duration.ofSeconds(5).toMillis())) {
      System.out.println("waiting for the default database");
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    Thread.currentThread().join();
  }
}
