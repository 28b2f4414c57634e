package io.insightx.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every overlay under overlays/ offline and checks what a cluster would be given: each object whole, every
 * Service, HPA, PDB and NetworkPolicy pointing at a workload that exists, every Secret and ConfigMap key a pod reads
 * present, probes on the services' real health paths, images pinned by tag, the security context of each pod, and
 * the routing a chat stream needs. Prod's secrets come from files kept out of git; their *.env.example stand in.
 */
class ManifestsTest {

    static final Path K8S = Path.of("").toAbsolutePath();
    static final Set<String> HEALTH_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
    static final Set<String> SERVICES = Set.of("orchestrator", "sql-tool", "python-tool", "key-manager");
    static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet");

    @TempDir
    static Path copy;

    static final Map<String, List<ObjectNode>> OVERLAYS = new TreeMap<>();

    @BeforeAll
    static void renderEveryOverlay() throws IOException {
        for (String part : List.of("base", "components", "overlays", "seccomp")) {
            copyTree(K8S.resolve(part), copy.resolve(part));
        }
        try (Stream<Path> examples = Files.walk(copy.resolve("overlays"))) {
            for (Path example : examples.filter(p -> p.toString().endsWith(".env.example")).toList()) {
                Files.copy(example, Path.of(example.toString().replace(".example", "")), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> overlays = Files.list(copy.resolve("overlays"))) {
            overlays.forEach(o -> OVERLAYS.put(o.getFileName().toString(), Kustomize.build(o)));
        }
    }

    @Test
    void theOverlaysAreDevProdAndProdBehindIngress() {
        assertThat(OVERLAYS).containsOnlyKeys("dev", "prod", "prod-ingress");
        OVERLAYS.forEach((name, objects) -> assertThat(workloads(objects)).as(name).extracting(this::name)
                .containsAll(SERVICES));
        assertThat(workloads(OVERLAYS.get("dev"))).extracting(this::name).contains("postgres");
        assertThat(workloads(OVERLAYS.get("prod"))).extracting(this::name).doesNotContain("postgres");
    }

    @Test
    void everyObjectIsWholeAndNamespaced() {
        each((overlay, o, soft) -> {
            soft.assertThat(o.path("apiVersion").asText()).as(overlay + " apiVersion of " + o.path("metadata")).isNotEmpty();
            soft.assertThat(o.path("kind").asText()).as(overlay + " kind").isNotEmpty();
            soft.assertThat(name(o)).as(overlay + " name of a " + o.path("kind")).isNotEmpty();
            soft.assertThat(o.path("metadata").path("namespace").asText()).as(overlay + " namespace of " + id(o))
                    .startsWith("insightx");
        });
    }

    @Test
    void workloadsArePinnedProbedSizedAndLockedDown() {
        each((overlay, o, soft) -> {
            if (!WORKLOAD_KINDS.contains(o.path("kind").asText())) {
                return;
            }
            String at = overlay + " " + id(o);
            JsonNode pod = o.path("spec").path("template").path("spec");
            soft.assertThat(labels(o.path("spec").path("template"))).as(at + " template labels")
                    .containsAllEntriesOf(matchLabels(o.path("spec").path("selector")));
            soft.assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(at + " service account token").isFalse();
            boolean ownUserNamespace = pod.has("hostUsers") && !pod.path("hostUsers").asBoolean();
            soft.assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean() || ownUserNamespace)
                    .as(at + " runs as non-root, or as root of a user namespace of its own").isTrue();
            soft.assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).as(at + " seccomp")
                    .isIn("RuntimeDefault", "Localhost");
            Set<String> volumes = names(pod.path("volumes"));
            if (o.path("kind").asText().equals("StatefulSet")) {
                o.path("spec").path("volumeClaimTemplates").forEach(t -> volumes.add(name(t)));
            }
            for (ObjectNode c : Kustomize.containers(o)) {
                String container = at + "/" + c.path("name").asText();
                soft.assertThat(c.path("image").asText()).as(container + " image pinned by tag")
                        .matches("[a-z0-9./-]+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
                for (String kind : List.of("requests", "limits")) {
                    soft.assertThat(c.path("resources").path(kind).has("cpu") && c.path("resources").path(kind).has("memory"))
                            .as(container + " cpu and memory " + kind).isTrue();
                }
                JsonNode security = c.path("securityContext");
                soft.assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(container + " escalation").isFalse();
                soft.assertThat(security.path("privileged").asBoolean(false)).as(container + " privileged").isFalse();
                soft.assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(container + " read-only root").isTrue();
                soft.assertThat(texts(security.path("capabilities").path("drop"))).as(container + " capabilities").contains("ALL");
                soft.assertThat(texts(security.path("capabilities").path("add"))).as(container + " added capabilities")
                        .isSubsetOf("SETUID", "SETGID");
                c.path("volumeMounts").forEach(m -> soft.assertThat(volumes).as(container + " volume for " + m.path("mountPath"))
                        .contains(m.path("name").asText()));
                Set<String> ports = new HashSet<>();
                c.path("ports").forEach(p -> {
                    ports.add(p.path("name").asText());
                    ports.add(p.path("containerPort").asText());
                });
                for (String probe : List.of("readinessProbe", "livenessProbe")) {
                    soft.assertThat(c.has(probe)).as(container + " " + probe).isTrue();
                }
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    JsonNode http = c.path(probe).path("httpGet");
                    if (!http.isMissingNode()) {
                        soft.assertThat(http.path("path").asText()).as(container + " " + probe + " path").isIn(HEALTH_PATHS);
                        soft.assertThat(ports).as(container + " " + probe + " port").contains(http.path("port").asText());
                    }
                }
            }
            pod.path("volumes").forEach(v -> {
                if (v.has("persistentVolumeClaim")) {
                    soft.assertThat(find(overlay, "PersistentVolumeClaim", v.path("persistentVolumeClaim").path("claimName").asText()))
                            .as(at + " claim " + v.path("persistentVolumeClaim")).isNotNull();
                }
            });
        });
    }

    @Test
    void thePythonSandboxGetsWhatBubblewrapNeedsAndNoMore() throws IOException {
        for (String overlay : OVERLAYS.keySet()) {
            JsonNode pod = find(overlay, "Deployment", "python-tool").path("spec").path("template").path("spec");
            assertThat(pod.path("hostUsers").asBoolean(true)).as(overlay + " hostUsers").isFalse();
            JsonNode seccomp = pod.path("securityContext").path("seccompProfile");
            assertThat(seccomp.path("type").asText()).isEqualTo("Localhost");
            Path profile = K8S.resolve("seccomp").resolve(Path.of(seccomp.path("localhostProfile").asText()).getFileName());
            assertThat(profile).exists();
            JsonNode rules = Kustomize.YAML.readTree(profile.toFile());
            Set<String> allowedExtra = new HashSet<>();
            rules.path("syscalls").forEach(r -> {
                if (r.path("action").asText().equals("SCMP_ACT_ALLOW")) {
                    r.path("names").forEach(n -> allowedExtra.add(n.asText()));
                }
            });
            assertThat(rules.path("defaultAction").asText()).isEqualTo("SCMP_ACT_ERRNO");
            assertThat(allowedExtra).contains("unshare", "clone", "mount", "umount2", "pivot_root")
                    .doesNotContain("bpf", "kexec_load", "init_module", "ptrace", "setns", "open_by_handle_at", "keyctl",
                            "personality", "process_vm_readv", "perf_event_open", "userfaultfd");
            assertThat(pod.path("securityContext").path("appArmorProfile").path("localhostProfile").asText())
                    .isEqualTo("insightx-bwrap");
            assertThat(K8S.resolve("seccomp/apparmor/insightx-bwrap")).content().contains("profile insightx-bwrap");
        }
    }

    /** Each execution's sandbox may leave orphans; PID 1 of the python-tool container must reap them. */
    @Test
    void thePythonToolImageHasAnInitThatReaps() throws IOException {
        String properties = Files.readString(K8S.resolve("../../python-tool-service/src/main/resources/application.properties"));
        assertThat(properties).containsPattern("(?m)^quarkus\\.jib\\.jvm-entrypoint=/usr/bin/tini,--,java,");
        String base = properties.replaceAll("(?s).*\nquarkus\\.jib\\.base-jvm-image=(\\S+).*", "$1");
        assertThat(K8S.resolve("../images/python-tool-base/Dockerfile")).content().contains(" tini ", "-t " + base + " ");
    }

    @Test
    void servicesSelectWorkloadsAndTheirPorts() {
        each((overlay, o, soft) -> {
            if (!o.path("kind").asText().equals("Service")) {
                return;
            }
            Map<String, String> selector = fields(o.path("spec").path("selector"));
            List<ObjectNode> selected = workloads(OVERLAYS.get(overlay)).stream()
                    .filter(w -> labels(w.path("spec").path("template")).entrySet().containsAll(selector.entrySet())).toList();
            soft.assertThat(selected).as(overlay + " workloads behind " + id(o)).isNotEmpty();
            Set<String> ports = new HashSet<>();
            selected.forEach(w -> Kustomize.containers(w).forEach(c -> c.path("ports").forEach(p -> {
                ports.add(p.path("name").asText());
                ports.add(p.path("containerPort").asText());
            })));
            o.path("spec").path("ports").forEach(p -> soft.assertThat(ports).as(overlay + " " + id(o) + " targetPort")
                    .contains(p.path("targetPort").asText()));
        });
    }

    @Test
    void everySecretAndConfigMapAPodReadsIsThereWithItsKeys() {
        each((overlay, o, soft) -> {
            for (ObjectNode c : Kustomize.containers(o)) {
                String at = overlay + " " + id(o) + "/" + c.path("name").asText();
                c.path("env").forEach(e -> {
                    for (String ref : List.of("secretKeyRef", "configMapKeyRef")) {
                        JsonNode r = e.path("valueFrom").path(ref);
                        if (!r.isMissingNode()) {
                            ObjectNode source = find(overlay, ref.startsWith("secret") ? "Secret" : "ConfigMap", r.path("name").asText());
                            soft.assertThat(source).as(at + " " + r).isNotNull();
                            if (source != null) {
                                soft.assertThat(source.path("data").has(r.path("key").asText())).as(at + " key " + r).isTrue();
                            }
                        }
                    }
                });
                c.path("envFrom").forEach(e -> {
                    JsonNode secret = e.path("secretRef");
                    JsonNode config = e.path("configMapRef");
                    soft.assertThat(secret.isMissingNode() ? find(overlay, "ConfigMap", config.path("name").asText())
                            : find(overlay, "Secret", secret.path("name").asText())).as(at + " " + e).isNotNull();
                });
            }
        });
        // Only key-manager ever sees the LLM keys.
        OVERLAYS.forEach((overlay, objects) -> workloads(objects).forEach(w -> assertThat(w.toString().contains("insightx-llm-keys"))
                .as(overlay + " " + id(w) + " reads the LLM keys").isEqualTo(name(w).equals("key-manager"))));
    }

    /** A JVM out of heap exits and is restarted by Kubernetes, instead of living on with dead threads. */
    @Test
    void everyServiceJvmExitsOnOutOfMemoryError() {
        each((overlay, o, soft) -> {
            if (!WORKLOAD_KINDS.contains(o.path("kind").asText()) || !SERVICES.contains(name(o))) {
                return;
            }
            ObjectNode c = Kustomize.containers(o).get(0);
            StringBuilder options = new StringBuilder();
            c.path("env").forEach(e -> {
                if (e.path("name").asText().equals("JAVA_TOOL_OPTIONS")) {
                    options.append(e.path("value").asText()).append(' ');
                }
            });
            c.path("envFrom").forEach(e -> {
                ObjectNode config = find(overlay, "ConfigMap", e.path("configMapRef").path("name").asText());
                if (config != null) {
                    options.append(config.path("data").path("JAVA_TOOL_OPTIONS").asText()).append(' ');
                }
            });
            soft.assertThat(options.toString()).as(overlay + " " + id(o) + " JAVA_TOOL_OPTIONS")
                    .contains("-XX:+ExitOnOutOfMemoryError");
        });
    }

    @Test
    void everyServiceScalesAndSurvivesDrains() {
        OVERLAYS.forEach((overlay, objects) -> {
            for (String service : SERVICES) {
                ObjectNode hpa = find(overlay, "HorizontalPodAutoscaler", service);
                assertThat(hpa).as(overlay + " HPA " + service).isNotNull();
                assertThat(find(overlay, hpa.path("spec").path("scaleTargetRef").path("kind").asText(),
                        hpa.path("spec").path("scaleTargetRef").path("name").asText())).isNotNull();
                assertThat(hpa.path("spec").path("maxReplicas").asInt()).isGreaterThan(hpa.path("spec").path("minReplicas").asInt());
                ObjectNode pdb = find(overlay, "PodDisruptionBudget", service);
                assertThat(pdb).as(overlay + " PDB " + service).isNotNull();
                assertThat(selects(objects, pdb.path("spec").path("selector"))).containsExactly(service);
            }
            assertThat(find(overlay, "HorizontalPodAutoscaler", "orchestrator").path("spec").path("metrics").toString())
                    .contains("cpu", "insightx_chat_streams_active");
            JsonNode orchestrator = find(overlay, "Deployment", "orchestrator").path("spec").path("template").path("spec");
            assertThat(orchestrator.path("terminationGracePeriodSeconds").asInt()).as("time to finish an answer")
                    .isGreaterThanOrEqualTo(60);
        });
    }

    @Test
    void onlyTheOrchestratorReachesTheToolsAndOnlyKeyManagerLeavesTheCluster() {
        OVERLAYS.forEach((overlay, objects) -> {
            List<ObjectNode> policies = objects.stream().filter(o -> o.path("kind").asText().equals("NetworkPolicy")).toList();
            assertThat(policies).filteredOn(p -> p.path("spec").path("podSelector").isEmpty()
                    && texts(p.path("spec").path("policyTypes")).containsAll(List.of("Ingress", "Egress"))
                    && !p.path("spec").has("ingress") && !p.path("spec").has("egress")).as(overlay + " default deny").hasSize(1);
            for (ObjectNode policy : policies) {
                List<String> targets = selects(objects, policy.path("spec").path("podSelector"));
                assertThat(targets).as(overlay + " pods of " + id(policy)).isNotEmpty();
                for (JsonNode rule : policy.path("spec").path("ingress")) {
                    List<String> from = new ArrayList<>();
                    rule.path("from").forEach(peer -> from.addAll(selects(objects, peer.path("podSelector"))));
                    if (targets.stream().anyMatch(t -> Set.of("sql-tool", "python-tool", "key-manager", "postgres").contains(t))) {
                        assertThat(from).as(overlay + " " + id(policy) + " admits").containsExactly("orchestrator");
                    }
                }
                boolean leaves = policy.path("spec").path("egress").toString().contains("0.0.0.0/0");
                assertThat(!leaves || targets.equals(List.of("key-manager"))).as(overlay + " " + id(policy) + " egress outside").isTrue();
            }
        });
    }

    @Test
    void theOrchestratorIsRoutedWithWhatStreamsNeed() {
        for (String overlay : List.of("dev", "prod")) {
            ObjectNode route = find(overlay, "HTTPRoute", "orchestrator");
            JsonNode parent = route.path("spec").path("parentRefs").get(0);
            ObjectNode gateway = find(overlay, "Gateway", parent.path("name").asText());
            assertThat(gateway).as(overlay + " Gateway").isNotNull();
            assertThat(names(gateway.path("spec").path("listeners"))).contains(parent.path("sectionName").asText());
            JsonNode rule = route.path("spec").path("rules").get(0);
            assertThat(servicePort(overlay, rule.path("backendRefs").get(0).path("name").asText(),
                    rule.path("backendRefs").get(0).path("port").asInt())).isTrue();
            assertThat(rule.path("timeouts").path("request").asText()).isEqualTo("3600s");
            assertThat(route.toString()).doesNotContain("sessionPersistence");
        }
        ObjectNode ingress = find("prod-ingress", "Ingress", "orchestrator");
        assertThat(find("prod-ingress", "Gateway", "insightx")).isNull();
        assertThat(fields(ingress.path("metadata").path("annotations"))).containsEntry("nginx.ingress.kubernetes.io/proxy-buffering", "off")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-request-buffering", "off")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "3600")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-send-timeout", "3600")
                .doesNotContainKey("nginx.ingress.kubernetes.io/affinity");
        JsonNode backend = ingress.path("spec").path("rules").get(0).path("http").path("paths").get(0).path("backend").path("service");
        assertThat(servicePort("prod-ingress", backend.path("name").asText(), backend.path("port").path("number").asInt())).isTrue();
    }

    @Test
    void storageAndDatabaseFollowTheOverlay() {
        assertThat(texts(find("prod", "PersistentVolumeClaim", "sql-tool-datasets").path("spec").path("accessModes")))
                .containsExactly("ReadWriteMany");
        assertThat(find("prod", "ConfigMap", "orchestrator-config").path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                .startsWith("jdbc:postgresql://").doesNotContain("//postgres:");
        assertThat(find("dev", "ConfigMap", "orchestrator-config").path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                .isEqualTo("jdbc:postgresql://postgres:5432/insightx");
        assertThat(find("prod", "ConfigMap", "orchestrator-config").path("data").path("INSIGHTX_AUTH_MODE").asText()).isEqualTo("jwt");
        assertThat(find("dev", "StatefulSet", "postgres")).isNotNull();
    }

    @Test
    void imagesAreTheOnesJibBuilds() throws IOException {
        String version = Files.readString(K8S.resolve("../../pom.xml")).replaceAll("(?s).*?<version>([^<]+)</version>.*", "$1");
        Map<String, String> images = new TreeMap<>();
        workloads(OVERLAYS.get("dev")).stream().filter(w -> SERVICES.contains(name(w)))
                .forEach(w -> images.put(name(w), Kustomize.containers(w).get(0).path("image").asText()));
        images.forEach((service, image) -> {
            assertThat(image).isEqualTo("insightx/" + service + "-service:" + version);
            assertThat(K8S.resolve("../../" + service + "-service/pom.xml")).exists();
        });
        workloads(OVERLAYS.get("prod")).stream().filter(w -> SERVICES.contains(name(w))).forEach(w ->
                assertThat(Kustomize.containers(w).get(0).path("image").asText()).endsWith(":" + version.replace("-SNAPSHOT", "")));
    }

    /** Where kubectl is installed, its kustomize must print exactly what Kustomize renders. */
    @Test
    void kubectlAgreesWhereItIsInstalled() throws Exception {
        boolean kubectl = Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "kubectl")));
        assumeTrue(kubectl, "kubectl is not installed: Kustomize alone renders");
        for (Map.Entry<String, List<ObjectNode>> overlay : OVERLAYS.entrySet()) {
            Process p = new ProcessBuilder("kubectl", "kustomize", copy.resolve("overlays").resolve(overlay.getKey()).toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as(out).isTrue();
            Path rendered = copy.resolve(overlay.getKey() + ".yaml");
            Files.writeString(rendered, out);
            assertThat(new HashSet<>(Kustomize.readAll(rendered))).as(overlay.getKey())
                    .isEqualTo(new HashSet<>(overlay.getValue()));
        }
    }

    // ---- helpers

    interface Check {
        void check(String overlay, ObjectNode object, SoftAssertions soft);
    }

    private void each(Check check) {
        SoftAssertions soft = new SoftAssertions();
        OVERLAYS.forEach((overlay, objects) -> objects.forEach(o -> check.check(overlay, o, soft)));
        soft.assertAll();
    }

    private static List<ObjectNode> workloads(List<ObjectNode> objects) {
        return objects.stream().filter(o -> WORKLOAD_KINDS.contains(o.path("kind").asText())).toList();
    }

    /** The workloads whose pods a label selector picks. */
    private static List<String> selects(List<ObjectNode> objects, JsonNode selector) {
        Map<String, String> wanted = matchLabels(selector);
        return workloads(objects).stream().filter(w -> labels(w.path("spec").path("template")).entrySet()
                .containsAll(wanted.entrySet())).map(w -> w.path("metadata").path("name").asText()).toList();
    }

    private boolean servicePort(String overlay, String service, int port) {
        ObjectNode s = find(overlay, "Service", service);
        return s != null && s.path("spec").path("ports").findValuesAsText("port").contains(Integer.toString(port));
    }

    private static ObjectNode find(String overlay, String kind, String name) {
        return Kustomize.find(OVERLAYS.get(overlay), kind, name);
    }

    private String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    private static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + o.path("metadata").path("name").asText();
    }

    private static Map<String, String> labels(JsonNode o) {
        return fields(o.path("metadata").path("labels"));
    }

    private static Map<String, String> matchLabels(JsonNode selector) {
        return fields(selector.has("matchLabels") ? selector.path("matchLabels") : selector);
    }

    private static Map<String, String> fields(JsonNode node) {
        Map<String, String> map = new TreeMap<>();
        node.fields().forEachRemaining(f -> map.put(f.getKey(), f.getValue().asText()));
        return map;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> set = new HashSet<>();
        array.forEach(n -> set.add(n.path("name").asText()));
        return set;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
