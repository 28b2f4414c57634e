package io.insightx.orchestrator.support;

import java.util.ArrayList;
import java.util.List;

import io.restassured.path.json.JsonPath;

/** A finished SSE stream, parsed: each event's id, name and JSON data, heartbeat comments counted apart. */
public record SseEvents(List<Event> events, int heartbeats) {

    /** One event; its data kept as text, since a {@link JsonPath} compiles a Groovy script for every path asked. */
    public record Event(long id, String name, String text) {

        public JsonPath data() {
            return new JsonPath(text);
        }
    }

    public static SseEvents parse(String body) {
        List<Event> events = new ArrayList<>();
        int heartbeats = 0;
        for (String block : body.split("\n\n")) {
            long id = -1;
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith(":")) {
                    heartbeats++;
                } else if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).strip());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            if (id >= 0) {
                events.add(new Event(id, name, data.toString()));
            }
        }
        return new SseEvents(events, heartbeats);
    }

    public List<String> names() {
        return events.stream().map(Event::name).toList();
    }

    public List<Event> named(String name) {
        return events.stream().filter(e -> e.name().equals(name)).toList();
    }

    public Event first(String name) {
        return named(name).get(0);
    }

    public Event last() {
        return events.get(events.size() - 1);
    }
}
