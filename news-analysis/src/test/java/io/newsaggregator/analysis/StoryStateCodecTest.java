package io.newsaggregator.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.MalformedContentException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryStateCodecTest {

    private static final StoryClustererState STATE = new StoryClustererState(3, 3,
            Instant.parse("2026-03-02T09:30:00.123456789Z"),
            Map.of("bridg", 2, "storm", 2, "orchestra", 1, "zürich", 1),
            List.of(new StoryRecord("s1", Map.of("bridg", 1.5, "storm", 0.75), "7",
                            Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T09:30:00Z"),
                            Map.of("7", 1, "12", 1), "2", "Tamar Bridge shut – “Storm Ingrid”", Map.of("bridg", 0.5)),
                    new StoryRecord("s2", Map.of("orchestra", 1.0), "12",
                            Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:00:00Z"),
                            Map.of("12", 1), "3", "Berlin Philharmonic", Map.of("orchestra", 1.0))));

    @Test
    void readsBackWhatItWrote() {
        assertThat(StoryStateCodec.decode(StoryStateCodec.encode(STATE))).isEqualTo(STATE);
    }

    @Test
    void readsBackAStateBeforeTheFirstArticle() {
        StoryClustererState empty = new StoryClustererState(0, 1, null, Map.of(), List.of());

        assertThat(StoryStateCodec.decode(StoryStateCodec.encode(empty))).isEqualTo(empty);
    }

    @Test
    void equalStatesGiveEqualBytes() {
        StoryClustererState copy = StoryStateCodec.decode(StoryStateCodec.encode(STATE));

        assertThat(StoryStateCodec.encode(copy)).isEqualTo(StoryStateCodec.encode(STATE));
    }

    @Test
    void startsWithMagicNumberAndVersion() {
        ByteBuffer bytes = ByteBuffer.wrap(StoryStateCodec.encode(STATE));

        assertThat(bytes.getInt()).isEqualTo(StoryStateCodec.MAGIC);
        assertThat(bytes.getInt()).isEqualTo(2);
    }

    @Test
    void readsVersionOneBytesOfThePreviousReleaseLeavingOutTheirMemberIds() {
        byte[] versionOne = StoryStateVersionOne.golden();

        assertThat(ByteBuffer.wrap(versionOne).getInt(4)).isEqualTo(1);
        assertThat(StoryStateCodec.decode(versionOne)).isEqualTo(STATE);
    }

    @Test
    void writesVersionOneStatesAgainWithoutTheirMemberIds() {
        byte[] versionOne = StoryStateVersionOne.golden();
        int memberIdBytes = (4 + 4 + 1 + 4 + 1) + (4 + 4 + 1); // s1 lists "1", "2"; s2 lists "3"

        byte[] versionTwo = StoryStateCodec.encode(StoryStateCodec.decode(versionOne));

        assertThat(versionTwo).hasSize(versionOne.length - memberIdBytes);
        assertThat(ByteBuffer.wrap(versionTwo).getInt(4)).isEqualTo(2);
    }

    @Test
    void theVersionOneTestWriterMatchesWhatThePreviousReleaseWrote() {
        assertThat(StoryStateVersionOne.write(STATE, Map.of("s1", List.of("1", "2"), "s2", List.of("3"))))
                .isEqualTo(StoryStateVersionOne.golden());
    }

    @Test
    void refusesVersionOneBytesWhoseMemberIdsDisagreeWithTheMemberCounts() {
        byte[] oneMemberShort = StoryStateVersionOne.write(STATE, Map.of("s1", List.of("1"), "s2", List.of("3")));

        assertThatThrownBy(() -> StoryStateCodec.decode(oneMemberShort)).isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("story s1 lists 1 member ids but its coverage counts 2 members");
    }

    @Test
    void refusesAnUnknownVersionSayingWhichOne() {
        byte[] bytes = StoryStateCodec.encode(STATE);
        ByteBuffer.wrap(bytes).putInt(4, 99);

        assertThatThrownBy(() -> StoryStateCodec.decode(bytes)).isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("version 99");
    }

    @Test
    void refusesBytesThatAreNotAState() {
        assertThatThrownBy(() -> StoryStateCodec.decode("{\"stories\":[]}".getBytes()))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("magic");
    }

    @Test
    void refusesTruncatedAndCorruptStatesWithoutRunningOutOfMemory() {
        byte[] bytes = StoryStateCodec.encode(STATE);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 5);
        byte[] hugeCount = bytes.clone();
        ByteBuffer.wrap(hugeCount).putInt(4 + 4 + 8 + 8 + 1 + 12, Integer.MAX_VALUE);

        assertThatThrownBy(() -> StoryStateCodec.decode(truncated)).isInstanceOf(MalformedContentException.class);
        assertThatThrownBy(() -> StoryStateCodec.decode(hugeCount)).isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("invalid count");
    }
}
