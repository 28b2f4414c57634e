package io.insightx.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The part of kustomize these manifests use, so that they render where no kustomize binary is installed:
 * resources (files and directories), components, namespace, config map and secret generators (literals, env files,
 * merge), replicas, images, JSON 6902 patches on targets, and strategic-merge patches that delete or merge maps.
 * ManifestsTest compares its output with {@code kubectl kustomize} wherever kubectl exists.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "GatewayClass", "StorageClass", "PersistentVolume");

    private Kustomize() {
    }

    /** The objects {@code kustomize build dir} would print. */
    static List<ObjectNode> build(Path dir) {
        JsonNode k = readAll(dir.resolve("kustomization.yaml")).get(0);
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : readAll(path));
        }
        for (JsonNode component : k.path("components")) {
            Path path = dir.resolve(component.asText()).normalize();
            JsonNode c = readAll(path.resolve("kustomization.yaml")).get(0);
            for (JsonNode resource : c.path("resources")) {
                objects.addAll(readAll(path.resolve(resource.asText())));
            }
        }
        generate(dir, k.path("configMapGenerator"), "ConfigMap", objects);
        generate(dir, k.path("secretGenerator"), "Secret", objects);
        for (JsonNode patch : k.path("patches")) {
            patch(patch, objects);
        }
        for (JsonNode replicas : k.path("replicas")) {
            objects.stream().filter(o -> o.path("metadata").path("name").asText().equals(replicas.path("name").asText())
                    && o.path("spec").has("replicas")).forEach(o -> ((ObjectNode) o.path("spec"))
                    .put("replicas", replicas.path("count").asInt()));
        }
        for (JsonNode image : k.path("images")) {
            objects.forEach(o -> containers(o).forEach(c -> {
                String name = c.path("image").asText().replaceAll("[:@].*$", "");
                if (name.equals(image.path("name").asText())) {
                    c.put("image", image.path("newName").asText(name) + ":" + image.path("newTag").asText());
                }
            }));
        }
        if (k.hasNonNull("namespace")) {
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                    .forEach(o -> ((ObjectNode) o.path("metadata")).put("namespace", k.path("namespace").asText()));
        }
        return objects;
    }

    static List<ObjectNode> containers(JsonNode object) {
        List<ObjectNode> found = new ArrayList<>();
        JsonNode pod = object.path("spec").path("template").path("spec");
        pod.path("initContainers").forEach(c -> found.add((ObjectNode) c));
        pod.path("containers").forEach(c -> found.add((ObjectNode) c));
        return found;
    }

    static List<ObjectNode> readAll(Path file) {
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            List<ObjectNode> docs = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(doc -> {
                if (doc instanceof ObjectNode object) {
                    docs.add(object);
                }
            });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void generate(Path dir, JsonNode generators, String kind, List<ObjectNode> objects) {
        for (JsonNode g : generators) {
            Map<String, String> data = new LinkedHashMap<>();
            g.path("literals").forEach(l -> put(l.asText(), data));
            for (JsonNode env : g.path("envs")) {
                try {
                    Files.readAllLines(dir.resolve(env.asText()), StandardCharsets.UTF_8).stream().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> put(line, data));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + dir.resolve(env.asText()), e);
                }
            }
            String name = g.path("name").asText();
            ObjectNode existing = find(objects, kind, name);
            if ("merge".equals(g.path("behavior").asText())) {
                if (existing == null) {
                    throw new IllegalStateException("merge into missing " + kind + " " + name);
                }
                data.forEach((key, value) -> ((ObjectNode) existing.path("data")).put(key, encode(kind, value)));
                continue;
            }
            ObjectNode object = YAML.createObjectNode().put("apiVersion", "v1").put("kind", kind);
            object.putObject("metadata").put("name", name);
            ObjectNode values = object.putObject("data");
            data.forEach((key, value) -> values.put(key, encode(kind, value)));
            if (kind.equals("Secret")) {
                object.put("type", "Opaque");
            }
            objects.add(object);
        }
    }

    private static void put(String assignment, Map<String, String> data) {
        int eq = assignment.indexOf('=');
        data.put(assignment.substring(0, eq), assignment.substring(eq + 1));
    }

    private static String encode(String kind, String value) {
        return kind.equals("Secret") ? Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) : value;
    }

    private static void patch(JsonNode patch, List<ObjectNode> objects) {
        JsonNode body = read(patch.path("patch").asText());
        if (body.isArray()) {
            JsonNode target = patch.path("target");
            objects.stream().filter(o -> matches(o, target)).forEach(o -> body.forEach(op -> apply(o, op)));
            return;
        }
        ObjectNode match = find(objects, body.path("kind").asText(), body.path("metadata").path("name").asText());
        if (match == null) {
            throw new IllegalStateException("patch for missing " + body.path("kind") + " " + body.path("metadata"));
        }
        if ("delete".equals(body.path("$patch").asText())) {
            objects.remove(match);
        } else {
            merge(match, body);
        }
    }

    private static boolean matches(JsonNode object, JsonNode target) {
        return (!target.has("kind") || target.path("kind").asText().equals(object.path("kind").asText()))
                && (!target.has("name") || target.path("name").asText().equals(object.path("metadata").path("name").asText()));
    }

    /** One JSON 6902 operation: add, replace or remove at a JSON pointer. */
    private static void apply(ObjectNode object, JsonNode op) {
        String path = op.path("path").asText();
        int cut = path.lastIndexOf('/');
        JsonNode parent = cut == 0 ? object : object.at(path.substring(0, cut));
        String key = path.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        switch (op.path("op").asText()) {
            case "add", "replace" -> {
                if (parent instanceof ArrayNode array) {
                    if (key.equals("-")) {
                        array.add(op.path("value"));
                    } else {
                        array.set(Integer.parseInt(key), op.path("value"));
                    }
                } else {
                    ((ObjectNode) parent).set(key, op.path("value"));
                }
            }
            case "remove" -> {
                if (parent instanceof ArrayNode array) {
                    array.remove(Integer.parseInt(key));
                } else {
                    ((ObjectNode) parent).remove(key);
                }
            }
            default -> throw new IllegalArgumentException("unsupported patch op " + op);
        }
    }

    /** Maps merge key by key; anything else (lists included) is replaced. */
    private static void merge(ObjectNode into, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode current = into.get(field.getKey());
            if (current instanceof ObjectNode currentObject && field.getValue().isObject()) {
                merge(currentObject, field.getValue());
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)
                && o.path("metadata").path("name").asText().equals(name)).findFirst().orElse(null);
    }

    private static JsonNode read(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
