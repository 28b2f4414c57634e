package io.insightx.keymanager.key;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The keys and their states. Hands out the healthy key with the fewest requests in flight (round robin among
 * equals), applies the {@link CooldownPolicy} to failures, and brings cooled keys back when their time is up. A
 * cooldown only ever extends: overlapping failures never shorten it.
 */
public class KeyPool {

    private final List<KeyRecord> records = new ArrayList<>();
    private final CooldownPolicy policy;
    private final Clock clock;
    private final KeyEvents events;
    private final KeyMetrics metrics;
    private int cursor;
    private Consumer<KeyChange> changes = change -> { };

    public KeyPool(List<ApiKey> keys, CooldownPolicy policy, Clock clock, KeyEvents events, KeyMetrics metrics) {
        keys.forEach(k -> records.add(new KeyRecord(k)));
        this.policy = policy;
        this.clock = clock;
        this.events = events;
        this.metrics = metrics;
    }

    /** Who hears of this pool's cooldowns, disables and enables (the replicas' shared state). */
    public void onChange(Consumer<KeyChange> listener) {
        this.changes = listener;
    }

    /** Every configured key, whatever its state (to recognise their values in what the provider echoes). */
    public List<ApiKey> keys() {
        return records.stream().map(r -> r.key).toList();
    }

    public int size() {
        return records.size();
    }

    /** A usable key not in {@code excluded}, counted as in flight until {@link #release}. */
    public synchronized Optional<ApiKey> acquire(Set<String> excluded) {
        recoverExpired();
        KeyRecord best = null;
        int bestIndex = -1;
        for (int i = 0; i < records.size(); i++) {
            int index = (cursor + i) % records.size();
            KeyRecord r = records.get(index);
            if (r.state == KeyRecord.State.HEALTHY && !excluded.contains(r.id())
                    && (best == null || r.inFlight < best.inFlight)) {
                best = r;
                bestIndex = index;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        cursor = bestIndex + 1;
        best.inFlight++;
        best.requests++;
        metrics.request(best.id());
        return Optional.of(best.key);
    }

    /** The key's request is over, however it ended: it no longer counts as in flight. */
    public synchronized void release(ApiKey key) {
        record(key.id()).inFlight--;
    }

    /** The key answered: its run of failures is over (its request may still be streaming). */
    public synchronized void succeeded(ApiKey key) {
        KeyRecord r = record(key.id());
        r.consecutive = 0;
        r.lastFailure = null;
    }

    public synchronized Cooldown failed(ApiKey key, Failure failure) {
        KeyRecord r = record(key.id());
        Instant now = clock.instant();
        r.failures.merge(failure.reason(), 1L, Long::sum);
        r.lastErrorAt = now;
        r.consecutive = failure.kind() == r.lastFailure ? r.consecutive + 1 : 1;
        r.lastFailure = failure.kind();
        metrics.failure(r.id(), failure.reason());
        Cooldown decision = policy.decide(failure, r.consecutive);
        if (decision.action() == Cooldown.Action.DISABLE && r.state != KeyRecord.State.DISABLED) {
            disableRecord(r, failure.reason());
            changes.accept(new KeyChange(r.key.hash(), "disabled", null));
        } else if (decision.action() == Cooldown.Action.COOL_DOWN && r.state != KeyRecord.State.DISABLED) {
            Instant until = now.plus(decision.duration());
            coolRecord(r, r.cooldownUntil == null || until.isAfter(r.cooldownUntil) ? until : r.cooldownUntil,
                    failure.reason());
            metrics.cooldown(r.id());
            changes.accept(new KeyChange(r.key.hash(), "cooling", r.cooldownUntil));
        }
        return decision;
    }

    /** A request moved on from this key to another. */
    public void rotated(ApiKey from, String reason) {
        metrics.rotation(from.id(), reason);
        events.publish(new KeyEvent("rotated", from.id(), reason, null, clock.instant()));
    }

    /** When the first cooling key comes back; empty when none is cooling (all healthy or disabled). */
    public synchronized Optional<Instant> earliestRecovery() {
        recoverExpired();
        return records.stream().filter(r -> r.state == KeyRecord.State.COOLING).map(r -> r.cooldownUntil)
                .min(Instant::compareTo);
    }

    public synchronized long usableCount() {
        recoverExpired();
        return records.stream().filter(r -> r.state == KeyRecord.State.HEALTHY).count();
    }

    /** Returns a disabled or cooling key to service, as an operator decided. */
    public synchronized Optional<KeySnapshot> enable(String id) {
        Optional<KeyRecord> found = records.stream().filter(r -> r.id().equals(id)).findFirst();
        found.ifPresent(r -> {
            enableRecord(r, "operator");
            changes.accept(new KeyChange(r.key.hash(), "healthy", null));
        });
        return found.map(KeyRecord::snapshot);
    }

    /**
     * Takes on what another replica saw: its cooldowns (only ever extending ours), its disables and its enables.
     * Nothing adopted is told back to the others.
     */
    public synchronized void adopt(KeyChange change) {
        for (KeyRecord r : records) {
            if (!r.key.hash().equals(change.keyHash())) {
                continue;
            }
            switch (change.state()) {
                case "disabled" -> {
                    if (r.state != KeyRecord.State.DISABLED) {
                        disableRecord(r, "shared");
                    }
                }
                case "cooling" -> {
                    boolean later = change.cooldownUntil() != null && change.cooldownUntil().isAfter(clock.instant())
                            && (r.cooldownUntil == null || change.cooldownUntil().isAfter(r.cooldownUntil));
                    if (later && r.state != KeyRecord.State.DISABLED) {
                        coolRecord(r, change.cooldownUntil(), "shared");
                    }
                }
                default -> {
                    if (r.state != KeyRecord.State.HEALTHY) {
                        enableRecord(r, "shared");
                    }
                }
            }
        }
    }

    private void disableRecord(KeyRecord r, String reason) {
        r.state = KeyRecord.State.DISABLED;
        r.cooldownUntil = null;
        publish("disabled", r, reason, null);
    }

    private void coolRecord(KeyRecord r, Instant until, String reason) {
        r.state = KeyRecord.State.COOLING;
        r.cooldownUntil = until;
        publish("cooled-down", r, reason, until);
    }

    private void enableRecord(KeyRecord r, String reason) {
        r.state = KeyRecord.State.HEALTHY;
        r.cooldownUntil = null;
        r.consecutive = 0;
        r.lastFailure = null;
        publish("enabled", r, reason, null);
    }

    public synchronized List<KeySnapshot> snapshot() {
        recoverExpired();
        return records.stream().map(KeyRecord::snapshot).toList();
    }

    /** Brings back every key whose cooldown has passed; also called on a timer so recoveries are announced. */
    public synchronized void recoverExpired() {
        Instant now = clock.instant();
        for (KeyRecord r : records) {
            if (r.state == KeyRecord.State.COOLING && !now.isBefore(r.cooldownUntil)) {
                r.state = KeyRecord.State.HEALTHY;
                r.cooldownUntil = null;
                publish("recovered", r, null, null);
            }
        }
    }

    private void publish(String type, KeyRecord r, String reason, Instant until) {
        events.publish(new KeyEvent(type, r.id(), reason, until, clock.instant()));
    }

    private KeyRecord record(String id) {
        return records.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown key " + id));
    }
}
