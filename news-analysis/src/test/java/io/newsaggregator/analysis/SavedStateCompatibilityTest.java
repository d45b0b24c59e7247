package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * States saved by the release whose clusterer still had a story model of its own (format
 * version 2, portals and articles in decimal) are read and continued as that release did.
 */
class SavedStateCompatibilityTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final StoryClustererSettings DEFAULTS = StoryClustererSettings.defaults();

    /**
     * Saved after three articles: "Tamar Bridge shut by storm" (article 1, portal 7, at T0) and
     * "Storm closes Tamar Bridge" (article 2, portal 12, 30 minutes later) in s1, "Berlin
     * Philharmonic tours Asia" (article 3, portal 12, 45 minutes after T0) in s2.
     */
    private static final String SAVED = "4e4153430000000200000000000000030000000000000003010000000069a54e0c000000000000000900000004617369"
            + "6100000001000000066265726c696e000000010000000562726964670000000200000005636c6f736500000001000000"
            + "0a7068696c6861726d6f6e000000010000000473687574000000010000000573746f726d000000020000000574616d61"
            + "720000000200000004746f75720000000100000002000000027331000000050000000562726964673feaca9151000a23"
            + "00000005636c6f73653fe2068b24e1094700000004736875743fdbee9056fb9c390000000573746f726d3feaca915100"
            + "0a230000000574616d61723ff417ecfcc0079a00000001370000000069a54380000000000000000069a54a8800000000"
            + "000000020000000231320000000100000001370000000100000001310000001a54616d61722042726964676520736875"
            + "742062792073746f726d000000040000000562726964673fdbee9056fb9c3900000004736875743fdbee9056fb9c3900"
            + "00000573746f726d3fdbee9056fb9c390000000574616d61723fe4f2ec413cb52b000000027332000000040000000461"
            + "7369613fe13dfadae5bf4d000000066265726c696e3fe13dfadae5bf4d0000000a7068696c6861726d6f6e3fe13dfada"
            + "e5bf4d00000004746f75723fd6fd4e793254670000000231320000000069a54e0c000000000000000069a54e0c000000"
            + "00000000010000000231320000000100000001330000001e4265726c696e205068696c6861726d6f6e696320746f7572"
            + "7320417369610000000400000004617369613fe13dfadae5bf4d000000066265726c696e3fe13dfadae5bf4d0000000a"
            + "7068696c6861726d6f6e3fe13dfadae5bf4d00000004746f75723fd6fd4e79325467";

    /** The same state after {@link #FOURTH} joined s1, as that release saved it. */
    private static final String SAVED_AFTER_FOURTH = "4e4153430000000200000000000000040000000000000003010000000069a55898000000000000000a00000004617369"
            + "6100000001000000066265726c696e000000010000000562726964670000000300000005636c6f736500000001000000"
            + "0a7068696c6861726d6f6e000000010000000672656f70656e000000010000000473687574000000010000000573746f"
            + "726d000000030000000574616d61720000000300000004746f7572000000010000000200000002733100000006000000"
            + "0562726964673ff3932c197c0bd700000005636c6f73653fe2068b24e109470000000672656f70656e3fe35caaf8937d"
            + "9a00000004736875743fdbee9056fb9c390000000573746f726d3ff3932c197c0bd70000000574616d61723ffd5cc226"
            + "3a11c200000001370000000069a54380000000000000000069a558980000000000000002000000023132000000010000"
            + "0001370000000200000001310000001a54616d61722042726964676520736875742062792073746f726d000000040000"
            + "000562726964673fdbee9056fb9c3900000004736875743fdbee9056fb9c390000000573746f726d3fdbee9056fb9c39"
            + "0000000574616d61723fe4f2ec413cb52b0000000273320000000400000004617369613fe13dfadae5bf4d0000000662"
            + "65726c696e3fe13dfadae5bf4d0000000a7068696c6861726d6f6e3fe13dfadae5bf4d00000004746f75723fd6fd4e79"
            + "3254670000000231320000000069a54e0c000000000000000069a54e0c00000000000000010000000231320000000100"
            + "000001330000001e4265726c696e205068696c6861726d6f6e696320746f757273204173696100000004000000046173"
            + "69613fe13dfadae5bf4d000000066265726c696e3fe13dfadae5bf4d0000000a7068696c6861726d6f6e3fe13dfadae5"
            + "bf4d00000004746f75723fd6fd4e79325467";

    private static final StoryInput FOURTH = new StoryInput(ArticleId.of(4), PortalId.of(7),
            T0.plus(Duration.ofMinutes(90)), "Tamar Bridge reopens after storm", List.of("tamar", "bridg", "reopen", "storm"),
            List.of(), List.of("tamar"));

    @Test
    void readsTheSavedStories() {
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(HexFormat.of().parseHex(SAVED), DEFAULTS);

        assertThat(restored.stories()).containsExactly(
                new Story("s1", "Tamar Bridge shut by storm", List.of("tamar", "bridg", "storm", "close", "shut"),
                        PortalId.of(7), T0, T0.plus(Duration.ofMinutes(30)), 2, Map.of(PortalId.of(7), 1, PortalId.of(12), 1)),
                new Story("s2", "Berlin Philharmonic tours Asia", List.of("asia", "berlin", "philharmon", "tour"),
                        PortalId.of(12), T0.plus(Duration.ofMinutes(45)), T0.plus(Duration.ofMinutes(45)), 1,
                        Map.of(PortalId.of(12), 1)));
    }

    @Test
    void continuesAsThatReleaseDid() {
        IncrementalStoryClusterer restored = IncrementalStoryClusterer.restore(HexFormat.of().parseHex(SAVED), DEFAULTS);

        StoryAssignment fourth = restored.add(FOURTH);

        assertThat(fourth).isEqualTo(new StoryAssignment(new Story("s1", "Tamar Bridge shut by storm",
                List.of("tamar", "bridg", "storm", "reopen", "close", "shut"), PortalId.of(7), T0,
                T0.plus(Duration.ofMinutes(90)), 3, Map.of(PortalId.of(7), 2, PortalId.of(12), 1)), List.of()));
        assertThat(HexFormat.of().formatHex(restored.exportState())).isEqualTo(SAVED_AFTER_FOURTH);
    }

    @Test
    void savesAStateItReadAsTheSameBytes() {
        byte[] saved = HexFormat.of().parseHex(SAVED);

        assertThat(IncrementalStoryClusterer.restore(saved, DEFAULTS).exportState()).isEqualTo(saved);
    }
}
