package io.newsaggregator.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Maps the ISO 639-3 codes the OpenNLP model emits to ISO 639-1 where a two-letter code exists. */
final class IsoLanguageCodes {

    private static final Map<String, String> THREE_TO_TWO = build();

    private IsoLanguageCodes() {
    }

    static String toTwoLetter(String threeLetter) {
        return THREE_TO_TWO.getOrDefault(threeLetter, threeLetter);
    }

    private static Map<String, String> build() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // a code without a three-letter form cannot come out of the model
            }
        }
        // macro-language members the model uses where the JDK knows only the macro-language
        map.put("cmn", "zh");
        map.put("zlm", "ms");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("pes", "fa");
        map.put("uzn", "uz");
        map.put("azj", "az");
        map.put("swh", "sw");
        map.put("khk", "mn");
        map.put("npi", "ne");
        map.put("ory", "or");
        map.put("gug", "gn");
        return Map.copyOf(map);
    }
}
