package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String GERMAN = "Grüße aus Köln – „Zitat“ für 5 €";
    private static final String RUSSIAN = "Новости дня: правительство объявило";

    private static byte[] html(String head, String body, Charset charset) {
        return ("<!doctype html><html><head>" + head + "<title>t</title></head><body><p>" + body
                + "</p></body></html>").getBytes(charset);
    }

    @Test
    void usesTheHeaderCharsetForLegacyPages() {
        DecodedText decoded = TextDecoder.decodeHtml(html("", GERMAN, CP1252), "windows-1252");
        assertThat(decoded.text()).contains(GERMAN);
        assertThat(decoded.charset()).isEqualTo(CP1252);
        assertThat(decoded.how()).isEqualTo("header");
    }

    @Test
    void readsMetaCharsetWhenTheHeaderHasNone() {
        DecodedText decoded = TextDecoder.decodeHtml(html("<meta charset=\"windows-1252\">", GERMAN, CP1252), null);
        assertThat(decoded.text()).contains(GERMAN);
        assertThat(decoded.how()).isEqualTo("meta");
    }

    @Test
    void readsMetaHttpEquivContentType() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] page = html("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1251'>", RUSSIAN, cp1251);
        DecodedText decoded = TextDecoder.decodeHtml(page, null);
        assertThat(decoded.text()).contains(RUSSIAN);
        assertThat(decoded.charset()).isEqualTo(cp1251);
    }

    @Test
    void ignoresCharsetInsideHtmlComments() {
        byte[] page = html("<!-- <meta charset=\"koi8-r\"> --><meta charset=\"utf-8\">", GERMAN, StandardCharsets.UTF_8);
        assertThat(TextDecoder.decodeHtml(page, null).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8BytesDeclaredLatin1AreDecodedAsUtf8() {
        byte[] page = html("<meta charset=\"iso-8859-1\">", GERMAN, StandardCharsets.UTF_8);
        DecodedText decoded = TextDecoder.decodeHtml(page, "ISO-8859-1");
        assertThat(decoded.text()).contains(GERMAN).doesNotContain("Ã¼");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.how()).startsWith("UTF-8 detected; header said ISO-8859-1");
    }

    @Test
    void legacyBytesDeclaredUtf8AreDecodedAsWindows1252() {
        DecodedText decoded = TextDecoder.decodeHtml(html("", GERMAN, CP1252), "utf-8");
        assertThat(decoded.text()).contains(GERMAN).doesNotContain("\uFFFD");
        assertThat(decoded.charset()).isEqualTo(CP1252);
        assertThat(decoded.how()).contains("header said UTF-8 but the bytes are not");
    }

    @Test
    void aWrongUtf8HeaderFallsBackToTheDocumentsOwnDeclaration() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] page = html("<meta charset=\"windows-1251\">", RUSSIAN, cp1251);
        DecodedText decoded = TextDecoder.decodeHtml(page, "UTF-8");
        assertThat(decoded.text()).contains(RUSSIAN);
        assertThat(decoded.charset()).isEqualTo(cp1251);
    }

    @Test
    void aFewBrokenBytesInAUtf8PageKeepItUtf8() {
        byte[] good = html("", GERMAN.repeat(10), StandardCharsets.UTF_8);
        byte[] page = new byte[good.length + 1];
        System.arraycopy(good, 0, page, 0, good.length);
        page[good.length] = (byte) 0xE2; // a sequence cut off at the end
        DecodedText decoded = TextDecoder.decodeHtml(page, "utf-8");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains(GERMAN);
    }

    @Test
    void unknownCharsetNameFallsBackToDetection() {
        DecodedText utf8 = TextDecoder.decodeHtml(html("", GERMAN, StandardCharsets.UTF_8), "x-no-such-charset");
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(utf8.how()).contains("unknown charset 'x-no-such-charset'");
        DecodedText legacy = TextDecoder.decodeHtml(html("<meta charset=\"bogus!\">", GERMAN, CP1252), "!!");
        assertThat(legacy.charset()).isEqualTo(CP1252);
        assertThat(legacy.text()).contains(GERMAN);
    }

    @Test
    void withoutDeclarationUtf8WhenValidElseWindows1252() {
        assertThat(TextDecoder.decodeHtml(html("", GERMAN, StandardCharsets.UTF_8), null).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        DecodedText legacy = TextDecoder.decodeHtml(html("", GERMAN, CP1252), null);
        assertThat(legacy.charset()).isEqualTo(CP1252);
        assertThat(legacy.text()).contains(GERMAN);
        assertThat(legacy.how()).isEqualTo("windows-1252 fallback, no declaration");
    }

    @Test
    void byteOrderMarkWinsAndIsStripped() {
        byte[] body = html("", GERMAN, StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        DecodedText decoded = TextDecoder.decodeHtml(withBom, "iso-8859-1");
        assertThat(decoded.text()).startsWith("<!doctype").contains(GERMAN);
        assertThat(decoded.how()).isEqualTo("bom");

        byte[] utf8 = html("", GERMAN, StandardCharsets.UTF_8);
        byte[] utf8Bom = new byte[utf8.length + 3];
        utf8Bom[0] = (byte) 0xEF;
        utf8Bom[1] = (byte) 0xBB;
        utf8Bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, utf8Bom, 3, utf8.length);
        assertThat(TextDecoder.decodeHtml(utf8Bom, null).text()).startsWith("<!doctype");
    }

    @Test
    void latin1LabelDecodesAsWindows1252LikeBrowsers() {
        byte[] page = html("", "5 € – „ok“", CP1252);
        assertThat(TextDecoder.decodeHtml(page, "iso-8859-1").text()).contains("5 € – „ok“");
    }

    @Test
    void readsTheXmlDeclaration() {
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss><channel><title>"
                + "Ça coûte 5 €</title></channel></rss>").getBytes(Charset.forName("ISO-8859-15"));
        DecodedText decoded = TextDecoder.decodeXml(feed, null);
        assertThat(decoded.text()).contains("Ça coûte 5 €");
        assertThat(decoded.how()).isEqualTo("xml-declaration");
    }

    @Test
    void utf8FeedDeclaredLatin1InHeaderIsDecodedAsUtf8() {
        byte[] feed = ("<?xml version=\"1.0\"?><rss><channel><title>" + GERMAN + "</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = TextDecoder.decodeXml(feed, "iso-8859-1");
        assertThat(decoded.text()).contains(GERMAN);
    }

    @Test
    void recognisesUtf16XmlWithoutBom() {
        byte[] feed = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss/>".getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.decodeXml(feed, null).text()).startsWith("<?xml").endsWith("<rss/>");
        byte[] undeclared = "\n<rss><title>Köln</title></rss>".getBytes(StandardCharsets.UTF_16LE);
        DecodedText decoded = TextDecoder.decodeXml(undeclared, null);
        assertThat(decoded.text()).contains("Köln");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void emptyBodyDecodesToEmptyText() {
        assertThat(TextDecoder.decodeHtml(new byte[0], null).text()).isEmpty();
        assertThat(TextDecoder.decodeXml(new byte[0], "utf-8").text()).isEmpty();
    }

    @Test
    void utf8ScanRejectsOverlongsAndSurrogates() {
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0, 2).valid()).isFalse();
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3).valid()).isFalse();
        assertThat(Utf8Scan.of(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, 4).valid())
                .isFalse();
        assertThat(Utf8Scan.of("€😀".getBytes(StandardCharsets.UTF_8), 0, 7)).isEqualTo(new Utf8Scan(2, 0));
    }

    private static byte[] undeclaredFeed(String title, String charset) {
        return ("<rss><channel><title>" + title + "</title><item><title>" + title + "</title></item></channel></rss>")
                .getBytes(Charset.forName(charset));
    }

    @Test
    void guessesUndeclaredLegacyCharsetsFromTheLetters() {
        String russian = "Новости дня: правительство объявило о новых мерах поддержки";
        String hebrew = "חדשות היום: הממשלה הודיעה על צעדים חדשים לתמיכה בעסקים";
        String greek = "Ειδήσεις της ημέρας: η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης";
        String japanese = "今日のニュース：政府は新しい支援策を発表しました";
        for (String[] sample : new String[][] {
                {russian, "windows-1251"}, {russian, "KOI8-R"}, {hebrew, "windows-1255"},
                {greek, "ISO-8859-7"}, {japanese, "Shift_JIS"}}) {
            DecodedText decoded = TextDecoder.decodeXml(undeclaredFeed(sample[0], sample[1]), null);
            assertThat(decoded.text()).as(sample[1]).contains(sample[0]);
            assertThat(decoded.charset()).isEqualTo(Charset.forName(sample[1]));
            assertThat(decoded.how()).isEqualTo(Charset.forName(sample[1]).name() + " guessed from the letters, no declaration");
        }
    }

    @Test
    void undeclaredHtmlGetsTheSameLegacyGuess() {
        Charset koi8 = Charset.forName("KOI8-R");
        DecodedText decoded = TextDecoder.decodeHtml(html("", RUSSIAN + " " + RUSSIAN, koi8), null);
        assertThat(decoded.text()).contains(RUSSIAN);
        assertThat(decoded.charset()).isEqualTo(koi8);
    }

    @Test
    void aFewAccentsInLatinTextStayWindows1252() {
        byte[] feed = undeclaredFeed("Die Regierung in Köln hat heute neue Maßnahmen für Unternehmen angekündigt", "windows-1252");
        DecodedText decoded = TextDecoder.decodeXml(feed, null);
        assertThat(decoded.charset()).isEqualTo(CP1252);
        assertThat(decoded.text()).contains("Köln", "Maßnahmen");
    }

    @Test
    void aLegacyFeedWronglyDeclaredUtf8IsGuessed() {
        byte[] koi8 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>" + RUSSIAN
                + "</title></channel></rss>").getBytes(Charset.forName("KOI8-R"));
        DecodedText decoded = TextDecoder.decodeXml(koi8, null);
        assertThat(decoded.text()).contains(RUSSIAN);
        assertThat(decoded.how()).contains("xml-declaration said UTF-8 but the bytes are not");
    }

    @Test
    void honoursTheHeaderCharsetOverTheXmlDeclaration() {
        Charset koi8 = Charset.forName("KOI8-R");
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>" + RUSSIAN
                + "</title></channel></rss>").getBytes(koi8);
        DecodedText decoded = TextDecoder.decodeXml(feed, "KOI8-R");
        assertThat(decoded.text()).contains(RUSSIAN);
        assertThat(decoded.how()).isEqualTo("header");
    }

    @Test
    void anXmlDeclarationOverrulesAServersLatin1Default() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>" + RUSSIAN
                + "</title></channel></rss>").getBytes(cp1251);
        DecodedText decoded = TextDecoder.decodeXml(feed, "ISO-8859-1");
        assertThat(decoded.text()).contains(RUSSIAN);
        assertThat(decoded.charset()).isEqualTo(cp1251);
        assertThat(decoded.how()).isEqualTo("xml-declaration");
    }

    @Test
    void findsTheXmlDeclarationAfterBlankLinesAndAComment() {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] feed = ("\n\n<!-- generated -->\n<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>"
                + RUSSIAN + "</title></channel></rss>").getBytes(cp1251);
        assertThat(TextDecoder.decodeXml(feed, null).charset()).isEqualTo(cp1251);
    }

    @Test
    void aUtf16LabelOnBytesWithoutBomIsNotBelieved() {
        byte[] declared = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><title>" + GERMAN
                + "</title></channel></rss>").getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decodeXml(declared, null).text()).contains(GERMAN);
        DecodedText byHeader = TextDecoder.decodeXml(declared, "utf-16");
        assertThat(byHeader.text()).contains(GERMAN);
        assertThat(byHeader.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(byHeader.how()).contains("header said utf-16 but the bytes have no BOM");
    }
}
