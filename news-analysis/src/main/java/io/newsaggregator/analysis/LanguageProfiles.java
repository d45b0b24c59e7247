package io.newsaggregator.analysis;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The supported languages and their Lucene analysis chains: each language uses its own
 * stopword list and stemmer (Porter for English, Lucene's light stemmers for German, French,
 * Spanish, Italian, Portuguese, Finnish, Hungarian, Norwegian, Stempel for Polish, Snowball for
 * Dutch, Russian, Turkish, Swedish, Danish, Romanian, Lucene's Hindi stemmer). Japanese and
 * Chinese, written without spaces between words, are segmented by Lucene's Kuromoji and smartcn
 * analysers instead of being cut into single characters. Any other language, and an undetermined
 * one, gets the {@link #neutral()} profile: Unicode word splitting and lower-casing only, no
 * stemming and no stopwords, because borrowing another language's list would be wrong.
 */
final class LanguageProfiles {
    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(Arrays.asList(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
            "negl", "sugl", "un", "m", "t", "s", "v", "d"), true);
    private static final Map<String, LanguageProfile> PROFILES = build();
    private static final LanguageProfile NEUTRAL = new LanguageProfile(io.newsaggregator.domain.model.Languages.UNDETERMINED, CharArraySet.EMPTY_SET,
            LowerCaseFilter::new, UnaryOperator.identity(), false);

    private LanguageProfiles() {
    }

    /** The profile for an ISO 639-1 code (case-insensitive), or {@link #neutral()} if unsupported. */
    public static LanguageProfile forLanguage(String language) {
        if (language == null) {
            return NEUTRAL;
        }
        String code = language.toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        if (dash > 0) {
            code = code.substring(0, dash);
        }
        return PROFILES.getOrDefault(code, NEUTRAL);
    }

    /** The profile for text of unknown language: no stemming, no stopwords. */
    public static LanguageProfile neutral() {
        return NEUTRAL;
    }

    /** ISO 639-1 codes with a language-specific profile, sorted. */
    public static Set<String> supportedLanguages() {
        return PROFILES.keySet();
    }

    private static Map<String, LanguageProfile> build() {
        Map<String, LanguageProfile> p = new TreeMap<>();
        p.put("en", new LanguageProfile("en", englishStopwords(),
                s -> new LowerCaseFilter(new EnglishPossessiveFilter(s)), PorterStemFilter::new, true));
        p.put("de", new LanguageProfile("de", GermanAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                s -> new GermanLightStemFilter(new GermanNormalizationFilter(s)), true));
        p.put("fr", new LanguageProfile("fr", FrenchAnalyzer.getDefaultStopSet(),
                s -> new LowerCaseFilter(new ElisionFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES)),
                FrenchLightStemFilter::new, true));
        p.put("es", new LanguageProfile("es", SpanishAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                SpanishLightStemFilter::new, true));
        p.put("it", new LanguageProfile("it", ItalianAnalyzer.getDefaultStopSet(),
                s -> new LowerCaseFilter(new ElisionFilter(s, ITALIAN_ARTICLES)), ItalianLightStemFilter::new, true));
        p.put("pt", new LanguageProfile("pt", PortugueseAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                PortugueseLightStemFilter::new, true));
        p.put("nl", new LanguageProfile("nl", DutchAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                s -> new SnowballFilter(s, new DutchStemmer()), true));
        p.put("pl", new LanguageProfile("pl", PolishAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                s -> new StempelFilter(s, new StempelStemmer(PolishAnalyzer.getDefaultTable())), true));
        p.put("ru", new LanguageProfile("ru", RussianAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                s -> new SnowballFilter(s, new RussianStemmer()), true));
        p.put("tr", new LanguageProfile("tr", TurkishAnalyzer.getDefaultStopSet(),
                s -> new TurkishLowerCaseFilter(new ApostropheFilter(s)),
                s -> new SnowballFilter(s, new TurkishStemmer()), true));
        p.put("sv", new LanguageProfile("sv", SwedishAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                s -> new SnowballFilter(s, new SwedishStemmer()), true));
        p.put("da", new LanguageProfile("da", DanishAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                s -> new SnowballFilter(s, new DanishStemmer()), true));
        LanguageProfile norwegian = new LanguageProfile("no", NorwegianAnalyzer.getDefaultStopSet(),
                LowerCaseFilter::new, NorwegianLightStemFilter::new, true);
        p.put("no", norwegian);
        p.put("nb", norwegian);
        p.put("nn", norwegian);
        p.put("fi", new LanguageProfile("fi", FinnishAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                FinnishLightStemFilter::new, true));
        p.put("hu", new LanguageProfile("hu", HungarianAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                HungarianLightStemFilter::new, true));
        p.put("cs", new LanguageProfile("cs", CzechAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                CzechStemFilter::new, true));
        p.put("ro", new LanguageProfile("ro", RomanianAnalyzer.getDefaultStopSet(), LowerCaseFilter::new,
                s -> new SnowballFilter(s, new RomanianStemmer()), true));
        p.put("hi", new LanguageProfile("hi", HindiAnalyzer.getDefaultStopSet(),
                s -> new HindiNormalizationFilter(new IndicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(s)))),
                HindiStemFilter::new, true));
        // Japanese: dictionary segmentation (Kuromoji); particles and auxiliaries are dropped, which breaks a phrase
        p.put("ja", new LanguageProfile("ja", () -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL),
                JapaneseAnalyzer.getDefaultStopSet(),
                s -> new LowerCaseFilter(new CJKWidthFilter(new JapanesePartOfSpeechStopFilter(s,
                        JapaneseAnalyzer.getDefaultStopTags()))),
                s -> new JapaneseKatakanaStemFilter(new JapaneseBaseFormFilter(s)), true));
        // Chinese: word segmentation by Lucene's smartcn hidden Markov model; no stemming in Chinese
        CharArraySet chinese = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        chinese.addAll(wordSet(LanguageProfiles.class, "chinese_extra_stop.txt"));
        p.put("zh", new LanguageProfile("zh", HMMChineseTokenizer::new, chinese,
                s -> new LowerCaseFilter(new CJKWidthFilter(s)), UnaryOperator.identity(), false));
        return Collections.unmodifiableMap(p);
    }


    /**
     * The Snowball English list plus {@code english_extra_stop.txt}: function words Snowball leaves
     * out, and the reporting verbs and honorifics of news prose, so they end a phrase.
     */
    private static CharArraySet englishStopwords() {
        CharArraySet set = new CharArraySet(snowballStopwords("english_stop.txt"), true);
        set.addAll(wordSet(LanguageProfiles.class, "english_extra_stop.txt"));
        return set;
    }

    /** Lucene's EnglishAnalyzer list has 33 words; the Snowball list (about 170) suits prose. */
    private static CharArraySet snowballStopwords(String resource) {
        return wordSet(SnowballFilter.class, resource);
    }

    private static CharArraySet wordSet(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Stopword list " + resource + " missing next to " + owner.getName());
            }
            try (Reader reader = new InputStreamReader(in, UTF_8)) {
                return WordlistLoader.getSnowballWordSet(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Stopword list " + resource + " could not be read", e);
        }
    }
}
