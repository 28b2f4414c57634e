package io.insightx.keymanager.key;

import java.time.Duration;

/** What to do with a key after a failure: nothing yet, keep it out for a while, or disable it. */
public record Cooldown(Action action, Duration duration) {

    public enum Action {
        NONE, COOL_DOWN, DISABLE
    }

    static Cooldown none() {
        return new Cooldown(Action.NONE, Duration.ZERO);
    }

    static Cooldown coolDown(Duration duration) {
        return new Cooldown(Action.COOL_DOWN, duration);
    }

    static Cooldown disable() {
        return new Cooldown(Action.DISABLE, Duration.ZERO);
    }
}
