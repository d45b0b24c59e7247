package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {

    private static String doubleEncoded(String text, String asCharset) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(asCharset));
    }

    /** The byte pre-check must let through every page the character scan could change, and may skip the rest. */
    @Test
    void utf8BytesCanHoldMojibakeOnlyWithTheEncodedLeadCharacters() {
        String broken = doubleEncoded("Kältewelle – „das ist’s“", "windows-1252");
        String cyrillic = doubleEncoded("Москва и Санкт-Петербург", "windows-1252");

        assertThat(MojibakeRepair.possibleInUtf8(broken.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(MojibakeRepair.possibleInUtf8(cyrillic.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(MojibakeRepair.possibleInUtf8("Plain ASCII page".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(MojibakeRepair.possibleInUtf8("Kältewelle – „das ist’s“ Москва".getBytes(StandardCharsets.UTF_8)))
                .as("correct UTF-8 with umlauts, quotes and Cyrillic").isFalse();
    }

    @Test
    void repairsUtf8ReadAsWindows1252() {
        String original = "Kältewelle in Europa: Flüchtlinge – „das ist’s“ für 5 €";
        String broken = doubleEncoded(original, "windows-1252");
        assertThat(broken).contains("KÃ¤ltewelle").contains("â€");
        assertThat(MojibakeRepair.repairDocument(broken)).isEqualTo(original);
    }

    @Test
    void repairsUtf8ReadAsLatin1() {
        String original = "Cinéma, théâtre, arts, expositions à Paris";
        assertThat(MojibakeRepair.repairDocument(doubleEncoded(original, "ISO-8859-1"))).isEqualTo(original);
    }

    @Test
    void repairsCyrillicAndGreek() {
        String russian = "Яндекс.Новости: Москва";
        String greek = "Ειδήσεις από την Αθήνα";
        // windows-1252 leaves five bytes undefined (0x81 is half of "с"), so Cyrillic goes through Latin-1
        assertThat(MojibakeRepair.repairDocument(doubleEncoded(russian, "ISO-8859-1"))).isEqualTo(russian);
        assertThat(MojibakeRepair.repairDocument(doubleEncoded(greek, "windows-1252"))).isEqualTo(greek);
    }

    @Test
    void leavesCorrectTextAlone() {
        for (String text : new String[] {
                "Grüße aus Köln – „Zitat“ für 5 €",
                "Ça coûte cher à Paris : l’été est là",
                "NÃO É VERDADE, diz o ministro",
                "ESPAÑA» gana; JOSÉ’s café",
                "plain ASCII text",
                ""}) {
            assertThat(MojibakeRepair.repairDocument(text)).isSameAs(text);
        }
    }

    @Test
    void aSingleLookAlikePairAmongRealAccentsIsLeftAlone() {
        String french = "À l’ÉTÉ\u00A0! Les élèves étudient à l’école, près du château.";
        assertThat(MojibakeRepair.repairDocument(french)).isSameAs(french);
    }

    @Test
    void decoderRepairsADoubleEncodedFeedAndSaysSo() {
        String title = "Kältewelle in Europa: Flüchtlinge frieren";
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>"
                + doubleEncoded(title, "windows-1252") + "</title></channel></rss>").getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = TextDecoder.decodeXml(feed, null);
        assertThat(decoded.text()).contains(title);
        assertThat(decoded.how()).isEqualTo("xml-declaration, double-encoded UTF-8 repaired");
    }

    @Test
    void repairsADoubleDecodedTitle() {
        String original = "Café – naïve „quotes“ ’s déjà vu";
        assertThat(MojibakeRepair.repairRuns(doubleEncoded(original, "windows-1252"))).isEqualTo(original);
        assertThat(MojibakeRepair.repairRuns(doubleEncoded("Grüße", "ISO-8859-1"))).isEqualTo("Grüße");
    }

    @Test
    void repairsASingleDamagedWordInAShortText() {
        // one pair is below the document threshold, but a title with one damaged word is still damaged
        String title = "Caf" + doubleEncoded("é", "windows-1252") + " in Berlin";
        assertThat(MojibakeRepair.repairDocument(title)).isSameAs(title);
        assertThat(MojibakeRepair.repairRuns(title)).isEqualTo("Café in Berlin");
    }

    @Test
    void repairsRunsOfThreeAndFourByteSequences() {
        String original = "東京のニュース 😀";
        assertThat(MojibakeRepair.repairRuns(doubleEncoded(original, "ISO-8859-1"))).isEqualTo(original);
    }

    @Test
    void repairsOnlyTheRunsThatAreValidUtf8() {
        String mixed = "Ãœber " + doubleEncoded("Köln", "windows-1252") + " ÀÉ";
        assertThat(MojibakeRepair.repairRuns(mixed)).isEqualTo("Über Köln ÀÉ");
    }

    @Test
    void runRepairLeavesCorrectTextAlone() {
        for (String text : new String[] {
                "Grüße aus Köln – „Zitat“ für 5 €",
                "Ça coûte cher à Paris : l’été est là",
                "ESPAÑA» gana; el café",
                "àé and ÀÉ together",
                "plain ASCII text",
                ""}) {
            assertThat(MojibakeRepair.repairRuns(text)).isSameAs(text);
        }
        assertThat(MojibakeRepair.repairRuns(null)).isNull();
    }
}
