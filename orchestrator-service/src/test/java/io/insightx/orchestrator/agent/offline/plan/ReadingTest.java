package io.insightx.orchestrator.agent.offline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.insightx.orchestrator.agent.offline.TestCatalogs;
import org.junit.jupiter.api.Test;

/** What a reading reports as unused: a particle goes with the verb it makes a phrase with. */
class ReadingTest {

    @Test
    void aParticleIsUsedWithItsVerb() {
        Reading r = new Reading(TestCatalogs.tokenizer().tokens("months where temps went up"));
        r.use(0);
        r.use(2);
        r.use(3);
        assertThat(r.ignored()).isEmpty(); // "up" carries what "went up" means, so it goes with "went"
        Reading free = new Reading(TestCatalogs.tokenizer().tokens("months where temps went up"));
        free.use(0);
        free.use(2);
        assertThat(free.ignored()).containsExactly("went", "up");
        Reading plain = new Reading(TestCatalogs.tokenizer().tokens("scores up to 50"));
        plain.use(0);
        plain.use(3);
        assertThat(plain.ignored()).containsExactly("up"); // no phrase: "up" alone is a word of its own
    }
}
