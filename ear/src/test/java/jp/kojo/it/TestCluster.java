package jp.kojo.it;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.kojo.platform.ClockProducer;

/**
 * The failover tests' cluster: {@code ./kojo cluster} (HAProxy and two nodes) on the test's own ports, database and
 * data folder ({@code -Pcluster} in ear/pom.xml; PrepareTestServer has made the empty database and the key
 * material), and what a test does to it: which node served the last requests, kill that node.
 */
final class TestCluster {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    /** How far the nodes' clock (KOJO_CLOCK_OFFSET) stands ahead of the real one, set by {@link #start()}. */
    private static Duration clockOffset = Duration.ZERO;

    private TestCluster() {
    }

    static void start() throws IOException, InterruptedException {
        Duration offset = PrepareTestServer.offsetIntoServiceHours(ZonedDateTime.now(ClockProducer.TOKYO));
        clockOffset = offset;
        kojo(Map.of("KOJO_CLOCK_OFFSET", offset.isZero() ? "" : offset.toString()), "start", "--nodes", "2");
    }

    /** Now by the nodes' clock (Tokyo). */
    static java.time.LocalDateTime now() {
        return java.time.LocalDateTime.now(ClockProducer.TOKYO).plus(clockOffset);
    }

    static void stop() throws IOException, InterruptedException {
        kojo(Map.of(), "stop");
    }

    private static void kojo(Map<String, String> more, String... words) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("kojo").toString(), "cluster"));
        command.addAll(List.of(words));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(TestServer.home().resolve("../kojo-cluster.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("KOJO_BUILD", "no");
        env.put("KOJO_CLUSTER_HOME", TestServer.home().toString());
        env.put("KOJO_DB_URL", System.getProperty("kojo.db.url"));
        env.put("KOJO_DB_USER", System.getProperty("kojo.db.user"));
        env.put("KOJO_DB_PASSWORD", System.getProperty("kojo.db.password"));
        env.put("KOJO_CLUSTER_HTTPS_PORT", System.getProperty("it.https.port"));
        env.put("KOJO_CLUSTER_PORT_OFFSETS", System.getProperty("it.cluster.port.offsets"));
        env.put("KOJO_SMTP_HOST", "127.0.0.1");
        env.put("KOJO_SMTP_PORT", System.getProperty("it.smtp.port"));
        env.putAll(more);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroy();
            throw new IllegalStateException("./kojo cluster " + String.join(" ", words) + " failed; see "
                    + TestServer.home().resolve("../kojo-cluster.log").normalize());
        }
    }

    /** Connections HAProxy has passed to each node so far ("show stat" on its admin socket), by node name. */
    static Map<String, Long> connectionsByNode() throws IOException {
        Map<String, Long> connections = new HashMap<>();
        for (String line : balancer("show stat").split("\n")) {
            String[] fields = line.split(",");
            if (fields.length > 7 && fields[0].equals("kojo_nodes") && fields[1].startsWith("node")) {
                connections.put(fields[1], Long.parseLong(fields[7]));
            }
        }
        return connections;
    }

    /**
     * The one node whose connection count went up since {@code before}, leaving out {@code dead} nodes (HAProxy
     * counts the connections it tried on a node that had just died before it went on to another).
     */
    static String servedSince(Map<String, Long> before, String... dead) throws IOException {
        Map<String, Long> now = connectionsByNode();
        List<String> served = now.keySet().stream().filter(node -> !List.of(dead).contains(node))
                .filter(node -> now.get(node) > before.getOrDefault(node, 0L)).toList();
        if (served.size() != 1) {
            throw new IllegalStateException("Expected one node to have served, got " + before + " -> " + now);
        }
        return served.get(0);
    }

    /** A command to HAProxy's admin socket; answers its output. */
    static String balancer(String command) throws IOException {
        Path socket = TestServer.home().resolve("balancer/admin.sock");
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) > 0) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return out.toString(StandardCharsets.US_ASCII);
        }
    }

    /** Kills the node's server JVM as a power cut would (SIGKILL), and waits until it is gone. */
    static void kill(String node) throws Exception {
        long pid = Long.parseLong(Files.readString(TestServer.home().resolve(node).resolve("wildfly.pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(node + " is not running"));
        process.destroyForcibly();
        process.onExit().get(60, TimeUnit.SECONDS);
    }
}
